package org.gridgov.scoring.rating;

/**
 * 加分项 — one bonus standard: points per award, capped per item ("获市级表彰的加1分，最多加2分").
 *
 * @param id the bonus item's id, unique among the rubric's bonus items
 * @param name what earns it
 * @param points the points per award, above 0
 * @param cap the most the item adds whatever the awards, at least {@code points}
 */
public record BonusItem(String id, String name, Points points, Points cap) {
  /**
   * Checks the fields.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param points per award, above 0
   * @param cap the cap, above 0
   */
  public BonusItem {
    Checks.id(id, "bonus item id");
    Checks.text(name, "bonus item name");
    Checks.positive(points, "bonus points");
    Checks.positive(cap, "bonus item cap");
  }
}
