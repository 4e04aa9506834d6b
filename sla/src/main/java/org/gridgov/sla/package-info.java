/**
 * gridgov sla: deadlines for grid governance. {@link org.gridgov.sla.calendar} holds working-time
 * calendars with China's holidays and make-up working days (调休); {@code org.gridgov.sla.io} their
 * file formats. This package holds what the sla packages share: the root of their exceptions.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.sla;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
