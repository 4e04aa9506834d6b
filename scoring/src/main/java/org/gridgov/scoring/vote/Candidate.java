package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.gridgov.core.DivisionCode;
import org.gridgov.core.GridCode;

/**
 * A candidate of a round (候选人): a grid worker, with the district that regional seat limits count
 * them in and the grid they serve.
 *
 * <pre>{@code
 * Candidate wang = Candidate.of("zq-001", "王丽", "210802", "210802001003001");   // 站前区
 * }</pre>
 *
 * @param id the candidate's id in the round: 1 to 64 ASCII letters, digits, {@code . _ : -}
 * @param name the name shown to voters, not blank, at most 128 characters
 * @param district the county-level unit (区, 县, 县级市) the candidate counts in for seat limits
 * @param grid the grid the candidate serves
 */
public record Candidate(String id, String name, DivisionCode district, GridCode grid) {
  /**
   * Checks the fields.
   *
   * @param id the id
   * @param name the name
   * @param district the district
   * @param grid the grid
   */
  public Candidate {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(district, "district");
    checkNotNull(grid, "grid");
    Ids.check("a candidate id", id);
    checkArgument(
        !name.isBlank() && name.length() <= Ids.MAX_TAG_LENGTH,
        "a candidate's name has 1 to %s characters and is not blank, got \"%s\"",
        Ids.MAX_TAG_LENGTH,
        name);
  }

  /**
   * A candidate from text.
   *
   * @param id the id
   * @param name the name
   * @param district the district's division code, such as {@code "210802"}
   * @param grid the grid code
   * @return the candidate
   * @throws IllegalArgumentException if a field is malformed
   * @throws org.gridgov.core.InvalidCodeException if a code is malformed
   */
  public static Candidate of(String id, String name, String district, String grid) {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(district, "district");
    checkNotNull(grid, "grid");
    return new Candidate(id, name, DivisionCode.parse(district), GridCode.parse(grid));
  }
}
