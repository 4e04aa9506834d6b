/**
 * JMH benchmarks of the case clocks and metrics against a naive baseline that re-derives each case
 * from its events with a day-loop calendar, in the same run.
 */
@NullMarked
package org.gridgov.benchmarks.clock;

import org.jspecify.annotations.NullMarked;
