/**
 * Formats of the scoring module: readers and writers of rubrics, assessments, rounds and ballots in
 * the shared reader shape ({@link org.gridgov.core.io.FormatReader}), and the Jackson module.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.scoring.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
