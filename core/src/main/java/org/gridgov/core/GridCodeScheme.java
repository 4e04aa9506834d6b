package org.gridgov.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How grid codes are formed from the code of the unit a grid belongs to and a sequence number
 * within that unit. The atlas asks its scheme to check every grid's code, to allocate codes for
 * new, split, merged and moved grids, and to carry a grid's sequence over when its unit is
 * re-coded.
 *
 * <p>The {@linkplain #standard() standard scheme} is the 12-digit village-level code plus a 3-digit
 * sequence. Implement this interface for other schemes (CJ/T 349's 20 digits with a service-object
 * prefix, a city's own numbering); implementations must be immutable and thread-safe.
 *
 * <pre>{@code
 * GridCodeScheme scheme = GridCodeScheme.standard();
 * GridCode first = scheme.codeFor(DivisionCode.parse("210802001007"), 1); // 210802001007001
 * }</pre>
 */
public interface GridCodeScheme {

  /**
   * The standard scheme: the 12-digit community or village code followed by a 3-digit sequence
   * 001–999, numbered west to east, north to south (Beijing DB11; Xi'an DB6101/T 3185-2024).
   *
   * @return the standard scheme
   */
  static GridCodeScheme standard() {
    return StandardGridCodeScheme.THREE_DIGITS;
  }

  /**
   * The standard layout with a different sequence width, for cities that number grids with 4 digits
   * (16-digit codes).
   *
   * @param sequenceDigits digits of the sequence, 1–6
   * @return the scheme
   */
  static GridCodeScheme standard(int sequenceDigits) {
    return sequenceDigits == 3
        ? StandardGridCodeScheme.THREE_DIGITS
        : new StandardGridCodeScheme(sequenceDigits);
  }

  /**
   * The scheme's name as written in the atlas JSON form, such as {@code "standard-3"}.
   *
   * @return a stable name
   */
  String name();

  /**
   * The highest sequence number a unit's grids may have.
   *
   * @return the largest sequence, such as 999
   */
  int maxSequence();

  /**
   * The code of the grid with the given sequence in a unit.
   *
   * @param unit the community or village the grid belongs to
   * @param sequence the sequence, 1 to {@link #maxSequence()}
   * @return the code
   * @throws IllegalArgumentException if the sequence is out of range
   */
  GridCode codeFor(DivisionCode unit, int sequence);

  /**
   * The sequence of a grid code within a unit, if the code belongs to that unit under this scheme.
   *
   * @param code a grid code
   * @param unit the unit the grid is said to belong to
   * @return the sequence, or empty if the code does not fit the unit
   */
  OptionalInt sequenceOf(GridCode code, DivisionCode unit);

  /**
   * Why a grid code does not fit the unit it is said to belong to.
   *
   * @param code a grid code
   * @param unit the unit the grid is said to belong to
   * @return a message naming what was expected and what was given, or empty if the code fits
   */
  Optional<String> problemWith(GridCode code, DivisionCode unit);
}
