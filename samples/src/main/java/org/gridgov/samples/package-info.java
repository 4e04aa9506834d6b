/**
 * Sample data: 营口市 as the 2022 article describes it (real division codes down to town level,
 * synthetic grids and people with the article's totals) and a synthetic national-scale atlas for
 * benchmarks.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.samples;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
