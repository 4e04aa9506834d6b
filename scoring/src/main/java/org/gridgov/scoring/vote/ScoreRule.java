package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a candidate's score is made from their final online votes and, where the round has one, the
 * expert panel's score (0 to 100). Java 17 has no pattern {@code switch}; {@link #kind()} names the
 * case.
 *
 * <pre>{@code
 * ScoreRule.votesOnly();                        // the score is the vote count
 * ScoreRule.weighted(40, 60);                   // 40 × votes / most votes + 60 × panel / 100
 * ScoreRule.banded(List.of(                     // votes to points by bands, plus 60 % panel
 *     new ScoreRule.Band(0, BigDecimal.valueOf(10)),
 *     new ScoreRule.Band(10_000, BigDecimal.valueOf(25)),
 *     new ScoreRule.Band(50_000, BigDecimal.valueOf(40))), BigDecimal.valueOf(60));
 * }</pre>
 *
 * <p>Every rule gives a candidate at least as high a score for more votes, so one more valid vote
 * never costs a candidate their place.
 */
public sealed interface ScoreRule
    permits ScoreRule.VotesOnly, ScoreRule.Weighted, ScoreRule.Banded {
  /** The cases, for {@code switch}. */
  enum Kind {
    /** {@link VotesOnly}. */
    VOTES_ONLY,
    /** {@link Weighted}. */
    WEIGHTED,
    /** {@link Banded}. */
    BANDED
  }

  /**
   * Which case this is.
   *
   * @return the case
   */
  Kind kind();

  /**
   * The weight of the panel score, in percent.
   *
   * @return 0 for {@link VotesOnly}
   */
  BigDecimal panelWeight();

  /**
   * The score is the final vote count.
   *
   * @return the rule
   */
  static ScoreRule votesOnly() {
    return new VotesOnly();
  }

  /**
   * Weighted online and panel parts: {@code online × votes / most votes + panel × panel score /
   * 100}, as in "网络投票占40%，评审占60%".
   *
   * @param online the online weight, in percent
   * @param panel the panel weight, in percent; the two add up to 100
   * @return the rule
   */
  static ScoreRule weighted(int online, int panel) {
    return new Weighted(BigDecimal.valueOf(online), BigDecimal.valueOf(panel));
  }

  /**
   * Votes converted to points by bands, plus the weighted panel score.
   *
   * @param bands the bands
   * @param panel the panel weight, in percent
   * @return the rule
   */
  static ScoreRule banded(List<Band> bands, BigDecimal panel) {
    return new Banded(bands, panel);
  }

  /** The score is the final vote count. */
  record VotesOnly() implements ScoreRule {
    @Override
    public Kind kind() {
      return Kind.VOTES_ONLY;
    }

    @Override
    public BigDecimal panelWeight() {
      return BigDecimal.ZERO;
    }
  }

  /**
   * Online votes as a share of the most votes any eligible candidate has, and the panel score.
   *
   * @param onlineWeight the online part's weight in percent, 0 to 100
   * @param panelWeight the panel part's weight in percent; the two add up to 100
   */
  record Weighted(BigDecimal onlineWeight, BigDecimal panelWeight) implements ScoreRule {
    /**
     * Checks the weights and strips trailing zeros.
     *
     * @param onlineWeight the online weight
     * @param panelWeight the panel weight
     */
    public Weighted {
      checkNotNull(onlineWeight, "onlineWeight");
      checkNotNull(panelWeight, "panelWeight");
      checkArgument(
          onlineWeight.signum() >= 0 && panelWeight.signum() >= 0,
          "weights are at least 0, got %s and %s",
          onlineWeight,
          panelWeight);
      checkArgument(
          onlineWeight.add(panelWeight).compareTo(Scores.HUNDRED) == 0,
          "the online and panel weights add up to 100, got %s + %s",
          onlineWeight.toPlainString(),
          panelWeight.toPlainString());
      onlineWeight = Scores.normalise(onlineWeight);
      panelWeight = Scores.normalise(panelWeight);
    }

    @Override
    public Kind kind() {
      return Kind.WEIGHTED;
    }
  }

  /**
   * Votes converted to points by bands ("得票数折算分数"): the points of the last band whose {@code
   * minVotes} the votes reach, plus the panel score weighted by {@code panelWeight} percent.
   *
   * @param bands the bands, the first from 0 votes, thresholds strictly rising, points never
   *     falling
   * @param panelWeight the panel part's weight in percent, 0 to 100
   */
  record Banded(List<Band> bands, BigDecimal panelWeight) implements ScoreRule {
    /**
     * Checks and copies.
     *
     * @param bands the bands
     * @param panelWeight the panel weight
     */
    public Banded {
      bands = List.copyOf(checkNotNull(bands, "bands"));
      checkNotNull(panelWeight, "panelWeight");
      checkArgument(!bands.isEmpty(), "a banded rule has at least one band");
      checkArgument(
          bands.get(0).minVotes() == 0,
          "the first band starts at 0 votes, got %s (votes below it would have no points)",
          bands.get(0).minVotes());
      for (int i = 1; i < bands.size(); i++) {
        Band a = bands.get(i - 1);
        Band b = bands.get(i);
        checkArgument(
            b.minVotes() > a.minVotes(),
            "band thresholds rise strictly, got %s after %s",
            b.minVotes(),
            a.minVotes());
        checkArgument(
            b.points().compareTo(a.points()) >= 0,
            "band points never fall (more votes, fewer points), got %s after %s",
            b.points().toPlainString(),
            a.points().toPlainString());
      }
      checkArgument(
          panelWeight.signum() >= 0 && panelWeight.compareTo(Scores.HUNDRED) <= 0,
          "the panel weight is 0 to 100, got %s",
          panelWeight);
      panelWeight = Scores.normalise(panelWeight);
    }

    @Override
    public Kind kind() {
      return Kind.BANDED;
    }

    /**
     * The points for a vote count. O(log bands).
     *
     * @param votes the votes, at least 0
     * @return the points
     */
    public BigDecimal points(long votes) {
      int lo = 0;
      int hi = bands.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (bands.get(mid).minVotes() <= votes) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return bands.get(lo).points();
    }
  }

  /**
   * From {@code minVotes} votes up, {@code points} points.
   *
   * @param minVotes the fewest votes of the band, at least 0
   * @param points the points, at least 0
   */
  record Band(long minVotes, BigDecimal points) {
    /**
     * Checks the fields.
     *
     * @param minVotes the fewest votes
     * @param points the points
     */
    public Band {
      checkNotNull(points, "points");
      checkArgument(minVotes >= 0, "a band starts at 0 votes or more, got %s", minVotes);
      checkArgument(points.signum() >= 0, "band points are at least 0, got %s", points);
      points = Scores.normalise(points);
    }
  }
}
