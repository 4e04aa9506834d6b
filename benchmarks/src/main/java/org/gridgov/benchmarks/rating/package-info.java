/**
 * JMH benchmarks of star rating: the compiled rubric against a naive rule-by-rule interpreter over
 * the JSON trees of the rubric and the assessments, in the same run.
 */
@NullMarked
package org.gridgov.benchmarks.rating;

import org.jspecify.annotations.NullMarked;
