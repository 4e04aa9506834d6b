package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * 荣誉 — an honour that lets an organisation rise more than one star in a round (a city-level honour
 * allows a level to be skipped).
 *
 * @param id the honour's id, unique among the rubric's honours
 * @param name the honour
 * @param maxRise the most stars an organisation holding it may rise in one round, 2 to 5
 */
public record Honour(String id, String name, int maxRise) {
  /**
   * Checks the fields.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param maxRise 2 to 5
   */
  public Honour {
    Checks.id(id, "honour id");
    Checks.text(name, "honour name");
    checkArgument(
        maxRise >= 2 && maxRise <= Checks.MAX_STARS,
        "an honour allows a rise of 2 to %s stars, got %s",
        Checks.MAX_STARS,
        maxRise);
  }
}
