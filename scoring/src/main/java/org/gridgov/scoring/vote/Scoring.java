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

  /**
   * The whole score with a panel part. A weighted rule's score is one fraction, {@code (online ×
   * votes × 100 + panel weight × panel score × most votes) / (100 × most votes)}, divided once: two
   * scores equal as fractions are equal numbers, which rounding the two parts apart does not give
   * (50 × 4/6 and 50 × 1/6 + 25 are both 33⅓, but 33.33…(34 digits) and 8.33…(34 digits) + 25
   * differ in the 35th).
   */
  static BigDecimal total(ScoreRule rule, long votes, long maxVotes, BigDecimal panelScore) {
    if (rule.kind() == ScoreRule.Kind.WEIGHTED && maxVotes > 0) {
      BigDecimal most = BigDecimal.valueOf(maxVotes);
      BigDecimal numerator =
          ((ScoreRule.Weighted) rule)
              .onlineWeight()
              .multiply(BigDecimal.valueOf(votes))
              .multiply(Scores.HUNDRED)
              .add(rule.panelWeight().multiply(panelScore).multiply(most));
      return Scores.normalise(numerator.divide(most.multiply(Scores.HUNDRED), Scores.CONTEXT));
    }
    return Scores.normalise(online(rule, votes, maxVotes).add(panel(rule, panelScore)));
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
