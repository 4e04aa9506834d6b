/**
 * JMH benchmarks of the vote tally: streaming ballots generated on the fly with daily caps and
 * dedupe against a naive tally with string keys in hash maps, merging shards, and reading ballot
 * CSV against a naive split-and-parse reader, each in the same run.
 */
@NullMarked
package org.gridgov.benchmarks.vote;

import org.jspecify.annotations.NullMarked;
