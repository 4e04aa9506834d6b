/**
 * JSON formats of the sla module: the holiday-cn files of China's statutory holidays ({@link
 * org.gridgov.sla.io.HolidayCn}) and gridgov's own calendar files ({@link
 * org.gridgov.sla.io.CalendarJson}). Entry points take and return JDK and gridgov types; Jackson
 * stays inside. Input is bounded in size and nesting, and every problem is reported with its JSON
 * path.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.sla.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
