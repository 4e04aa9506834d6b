package org.gridgov.scoring.vote;

import java.math.BigDecimal;

/** The score of a candidate under a {@link ScoreRule}. */
final class Scoring {
  private Scoring() {}

  /** The online part of the score. */
  static BigDecimal online(ScoreRule rule, long votes, long maxVotes) {
    return switch (rule.kind()) {
      case VOTES_ONLY -> BigDecimal.valueOf(votes);
      case WEIGHTED ->
          maxVotes == 0
              ? BigDecimal.ZERO
              : Scores.normalise(
                  ((ScoreRule.Weighted) rule)
                      .onlineWeight()
                      .multiply(BigDecimal.valueOf(votes))
                      .divide(BigDecimal.valueOf(maxVotes), Scores.CONTEXT));
      case BANDED -> ((ScoreRule.Banded) rule).points(votes);
    };
  }

  /** The panel part of the score. */
  static BigDecimal panel(ScoreRule rule, BigDecimal panelScore) {
    return Scores.normalise(
        rule.panelWeight().multiply(panelScore).divide(Scores.HUNDRED, Scores.CONTEXT));
  }

  static String describe(ScoreRule rule) {
    if (rule.kind() == ScoreRule.Kind.VOTES_ONLY) {
      return "VOTES_ONLY";
    }
    if (rule.kind() == ScoreRule.Kind.WEIGHTED) {
      ScoreRule.Weighted w = (ScoreRule.Weighted) rule;
      return "WEIGHTED:" + w.onlineWeight().toPlainString() + ":" + w.panelWeight().toPlainString();
    }
    ScoreRule.Banded b = (ScoreRule.Banded) rule;
    StringBuilder sb = new StringBuilder("BANDED:").append(b.panelWeight().toPlainString());
    for (ScoreRule.Band band : b.bands()) {
      sb.append(';').append(band.minVotes()).append('=').append(band.points().toPlainString());
    }
    return sb.toString();
  }
}
