package org.gridgov.scoring.rating;

import java.util.List;

/**
 * 考核方面 — an aspect of a rubric, such as 基本组织健全 (organisation sound), with its items; the items'
 * maxima add up to the section's maximum.
 *
 * @param id the section's id, unique in the rubric
 * @param name the section's name
 * @param maximum the section's maximum, above 0
 * @param items the items, in the rubric's order
 */
public record Section(String id, String name, Points maximum, List<Item> items) {
  /**
   * Checks and copies.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param maximum the maximum, above 0
   * @param items the items
   */
  public Section {
    Checks.id(id, "section id");
    Checks.text(name, "section name");
    Checks.positive(maximum, "section maximum");
    items = List.copyOf(items);
  }

  /**
   * A section.
   *
   * @param id the id
   * @param name the name
   * @param maximum the maximum
   * @param items the items
   * @return the section
   */
  public static Section of(String id, String name, Points maximum, Item... items) {
    return new Section(id, name, maximum, List.of(items));
  }
}
