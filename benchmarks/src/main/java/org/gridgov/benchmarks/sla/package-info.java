/**
 * JMH benchmarks of the sla calendars against ObjectLab Kit and naive day-loop and minute-stepping
 * implementations, in the same run.
 */
@NullMarked
package org.gridgov.benchmarks.sla;

import org.jspecify.annotations.NullMarked;
