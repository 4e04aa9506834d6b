package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a result needs beyond the count: the expert panel's scores, the earlier round's scores, the
 * seed of a public draw, a committee's order for ties, and the sanctions in force.
 *
 * <pre>{@code
 * ResultInputs in = ResultInputs.none()
 *     .withPanel(Map.of("zq-001", new BigDecimal("92.5"), ...))
 *     .withDrawSeed("2022-12-20 福彩3D 第2022341期 5 0 8")   // announced before the draw
 *     .withSanctions(sanctions);
 * }</pre>
 *
 * @param panel panel scores by candidate, 0 to 100 (a result refuses ids not in its round)
 * @param earlierRound scores in the earlier round by candidate (ids the round no longer has are not
 *     used)
 * @param drawSeed the seed of the public draw, if one was announced: 1 to 200 characters
 * @param manualOrder candidate ids in the order a committee decided for ties, none twice (a result
 *     refuses ids not in its round)
 * @param sanctions the sanctions in force
 */
public record ResultInputs(
    Map<String, BigDecimal> panel,
    Map<String, BigDecimal> earlierRound,
    Optional<String> drawSeed,
    List<String> manualOrder,
    Sanctions sanctions) {
  /**
   * Checks and copies.
   *
   * @param panel panel scores
   * @param earlierRound earlier scores
   * @param drawSeed the seed
   * @param manualOrder the committee's order
   * @param sanctions the sanctions
   */
  public ResultInputs {
    panel = copy(panel, "panel");
    earlierRound = copy(earlierRound, "earlierRound");
    checkNotNull(drawSeed, "drawSeed");
    manualOrder = List.copyOf(manualOrder);
    checkNotNull(sanctions, "sanctions");
    drawSeed.ifPresent(
        s ->
            checkArgument(
                !s.isBlank() && s.length() <= 200,
                "a draw seed has 1 to 200 characters and is not blank"));
    for (BigDecimal v : panel.values()) {
      checkArgument(
          v.signum() >= 0 && v.compareTo(Scores.HUNDRED) <= 0,
          "panel scores are 0 to 100, got %s",
          v.toPlainString());
    }
    Set<String> seen = new HashSet<>();
    for (String id : manualOrder) {
      checkArgument(seen.add(id), "the manual order names %s twice", id);
    }
  }

  private static Map<String, BigDecimal> copy(Map<String, BigDecimal> scores, String what) {
    checkNotNull(scores, what);
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    scores.forEach(
        (k, v) -> out.put(checkNotNull(k, what), Scores.normalise(checkNotNull(v, what))));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Nothing beyond the count.
   *
   * @return the inputs
   */
  public static ResultInputs none() {
    return new ResultInputs(Map.of(), Map.of(), Optional.empty(), List.of(), Sanctions.none());
  }

  /**
   * These inputs with panel scores.
   *
   * @param scores by candidate, 0 to 100
   * @return the inputs
   */
  public ResultInputs withPanel(Map<String, BigDecimal> scores) {
    return new ResultInputs(scores, earlierRound, drawSeed, manualOrder, sanctions);
  }

  /**
   * These inputs with the earlier round's scores ({@link VoteResult#scores()}).
   *
   * @param scores by candidate
   * @return the inputs
   */
  public ResultInputs withEarlierRound(Map<String, BigDecimal> scores) {
    return new ResultInputs(panel, scores, drawSeed, manualOrder, sanctions);
  }

  /**
   * These inputs with a draw seed.
   *
   * @param seed the announced seed
   * @return the inputs
   */
  public ResultInputs withDrawSeed(String seed) {
    return new ResultInputs(panel, earlierRound, Optional.of(seed), manualOrder, sanctions);
  }

  /**
   * These inputs with a committee's order for ties.
   *
   * @param order candidate ids, first first
   * @return the inputs
   */
  public ResultInputs withManualOrder(List<String> order) {
    return new ResultInputs(panel, earlierRound, drawSeed, new ArrayList<>(order), sanctions);
  }

  /**
   * These inputs with sanctions.
   *
   * @param newSanctions the sanctions in force
   * @return the inputs
   */
  public ResultInputs withSanctions(Sanctions newSanctions) {
    return new ResultInputs(panel, earlierRound, drawSeed, manualOrder, newSanctions);
  }
}
