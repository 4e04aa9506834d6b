/**
 * Formats of the scoring module: readers and writers of rubrics, assessments, rounds and ballots in
 * the shared reader shape ({@link org.gridgov.core.io.FormatReader}), and the Jackson module.
 *
 * <p>In every JSON form here, as in core's and sla's, a field whose value is {@code null} counts as
 * left out: an optional list or object given as {@code null} is empty ({@code "deductions": null}
 * is no deductions), a required one is missing ({@code MISSING_FIELD} at its path). A {@code null}
 * inside a list is not a field left out but a bad element, refused at its path.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.scoring.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
