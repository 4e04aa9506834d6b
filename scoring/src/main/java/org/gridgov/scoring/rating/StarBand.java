package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * 星级分数段 — the totals that earn a number of stars. The lower bound is inclusive ("90分以上" includes
 * 90); the upper bound is exclusive ({@code below}, "80分以上90分以下"), inclusive ({@code through},
 * "80–89分") or absent for the top band, which reaches the highest total the rubric allows. A
 * rubric's bands must cover every total it can give, with no gap and no overlap: a band written
 * "80–89" leaves 89.5 without a star when items deduct half points, and the rubric's lint says so.
 *
 * <pre>{@code
 * StarBand.atLeast(5, Points.of(90));                     // [90, max]
 * StarBand.below(4, Points.of(80), Points.of(90));        // [80, 90)
 * StarBand.through(3, Points.of(70), Points.of(79));      // [70, 79]
 * }</pre>
 *
 * @param stars the stars the band earns, 0 to 5 (0: no star, 不定星)
 * @param from the lowest total in the band, inclusive
 * @param below the exclusive upper bound, if written so
 * @param through the inclusive upper bound, if written so
 */
public record StarBand(int stars, Points from, Optional<Points> below, Optional<Points> through) {
  /**
   * Checks the fields: at most one upper bound, above {@code from}.
   *
   * @param stars 0 to 5
   * @param from the lower bound
   * @param below the exclusive upper bound
   * @param through the inclusive upper bound
   */
  public StarBand {
    Checks.stars(stars, "stars");
    checkNotNull(from, "from");
    checkNotNull(below, "below");
    checkNotNull(through, "through");
    checkArgument(
        below.isEmpty() || through.isEmpty(),
        "a band has one upper bound, below or through, got both: %s and %s",
        below,
        through);
    below.ifPresent(
        b -> checkArgument(b.compareTo(from) > 0, "below %s must be above from %s", b, from));
    through.ifPresent(
        t ->
            checkArgument(t.compareTo(from) >= 0, "through %s must not be below from %s", t, from));
  }

  /**
   * A band without an upper bound: the top band.
   *
   * @param stars the stars
   * @param from the lower bound, inclusive
   * @return the band
   */
  public static StarBand atLeast(int stars, Points from) {
    return new StarBand(stars, from, Optional.empty(), Optional.empty());
  }

  /**
   * A band with an exclusive upper bound.
   *
   * @param stars the stars
   * @param from the lower bound, inclusive
   * @param below the upper bound, exclusive
   * @return the band
   */
  public static StarBand below(int stars, Points from, Points below) {
    return new StarBand(stars, from, Optional.of(below), Optional.empty());
  }

  /**
   * A band with an inclusive upper bound.
   *
   * @param stars the stars
   * @param from the lower bound, inclusive
   * @param through the upper bound, inclusive
   * @return the band
   */
  public static StarBand through(int stars, Points from, Points through) {
    return new StarBand(stars, from, Optional.empty(), Optional.of(through));
  }

  /**
   * Whether a total falls in the band.
   *
   * @param total the total
   * @return true if {@code from <= total} and below the upper bound
   */
  public boolean contains(Points total) {
    if (total.compareTo(from) < 0) {
      return false;
    }
    if (below.isPresent()) {
      return total.compareTo(below.get()) < 0;
    }
    return through.isEmpty() || total.compareTo(through.get()) <= 0;
  }

  /**
   * The band as {@code 4★ [80, 90)}, {@code 3★ [70, 79]} or {@code 5★ [90, max]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String upper =
        below.map(b -> b + ")").orElseGet(() -> through.map(t -> t + "]").orElse("max]"));
    return stars + "★ [" + from + ", " + upper;
  }
}
