/**
 * The GeoJSON form of grid boundaries: {@link org.gridgov.geo.io.GridBoundariesJson} reads it in
 * the shared reader shape ({@link org.gridgov.core.io.FormatReader}), reporting every problem at
 * its JSON path, and writes it back.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.geo.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
