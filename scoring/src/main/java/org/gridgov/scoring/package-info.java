/**
 * gridgov scoring: star rating of party organisations and the public vote for the most beautiful
 * grid worker. {@code org.gridgov.scoring.vote} tallies votes; {@code org.gridgov.scoring.io} holds
 * the formats. This package holds what the scoring packages share: the root of their exceptions.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.scoring;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
