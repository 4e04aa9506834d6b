package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.jspecify.annotations.Nullable;

/**
 * A grid (网格): the smallest unit of grid governance, about 300 households in a community or 60 in a
 * village. Every grid belongs to exactly one village-level unit (community or village), never
 * directly to a town or county (DB6101/T 3185-2024).
 *
 * <pre>{@code
 * Grid grid = Grid.builder(GridCode.parse("210802001007001"), DivisionCode.parse("210802001007"))
 *     .name("三楼社区第一网格")
 *     .households(296)
 *     .residents(711)
 *     .build();                              // a base grid; .kind(GridKind.SCHOOL) for a special one
 * }</pre>
 *
 * @param code the grid code
 * @param unit the community or village the grid belongs to
 * @param kind base grid or a kind of special grid
 * @param name the grid's name; not blank
 * @param households households (户) in the grid, at least 0
 * @param residents residents (人) in the grid, at least 0
 */
public record Grid(
    GridCode code, DivisionCode unit, GridKind kind, String name, int households, int residents) {

  /**
   * Validates the fields.
   *
   * @param code the grid code
   * @param unit the community or village the grid belongs to
   * @param kind base grid or a kind of special grid
   * @param name the grid's name; not blank
   * @param households households (户) in the grid, at least 0
   * @param residents residents (人) in the grid, at least 0
   */
  public Grid {
    checkNotNull(code, "code");
    checkNotNull(unit, "unit");
    checkNotNull(kind, "kind");
    checkNotNull(name, "name");
    Texts.checkName(name, "grid %s: name", code);
    checkArgument(households >= 0, "grid %s: households must be >= 0, got %s", code, households);
    checkArgument(residents >= 0, "grid %s: residents must be >= 0, got %s", code, residents);
  }

  /**
   * A builder of a grid with named fields, so that households and residents cannot be swapped
   * unnoticed; the kind defaults to {@link GridKind#BASE}, the counts to 0, the name is required.
   *
   * @param code the grid code
   * @param unit the community or village
   * @return the builder
   */
  public static Builder builder(GridCode code, DivisionCode unit) {
    return new Builder(checkNotNull(code, "code"), checkNotNull(unit, "unit"));
  }

  /** Builds a {@link Grid} field by field. Not thread-safe. */
  public static final class Builder {
    private final GridCode code;
    private final DivisionCode unit;
    private GridKind kind = GridKind.BASE;
    private @Nullable String name;
    private int households;
    private int residents;

    private Builder(GridCode code, DivisionCode unit) {
      this.code = code;
      this.unit = unit;
    }

    /**
     * Sets the kind; the default is {@link GridKind#BASE}.
     *
     * @param value the kind
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder kind(GridKind value) {
      this.kind = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the name (required).
     *
     * @param value the name, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder name(String value) {
      this.name = checkNotNull(value, "value");
      return this;
    }

    /**
     * Sets the households (户); the default is 0.
     *
     * @param value households, at least 0
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder households(int value) {
      this.households = value;
      return this;
    }

    /**
     * Sets the residents (人); the default is 0.
     *
     * @param value residents, at least 0
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder residents(int value) {
      this.residents = value;
      return this;
    }

    /**
     * The grid.
     *
     * @return the grid
     * @throws IllegalStateException if no name was set
     * @throws IllegalArgumentException if a field is invalid
     */
    public Grid build() {
      String n = name;
      if (n == null) {
        throw new IllegalStateException("grid " + code + ": the name is required");
      }
      return new Grid(code, unit, kind, n, households, residents);
    }
  }

  /**
   * A copy under another code and unit, as after a move.
   *
   * @param newCode the new code
   * @param newUnit the new unit
   * @return the copy
   */
  public Grid withCode(GridCode newCode, DivisionCode newUnit) {
    return new Grid(
        checkNotNull(newCode, "newCode"),
        checkNotNull(newUnit, "newUnit"),
        kind,
        name,
        households,
        residents);
  }

  /**
   * A copy with other counts.
   *
   * @param newHouseholds households
   * @param newResidents residents
   * @return the copy
   */
  public Grid withCounts(int newHouseholds, int newResidents) {
    return new Grid(code, unit, kind, name, newHouseholds, newResidents);
  }
}
