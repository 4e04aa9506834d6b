package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A division unit (行政区划单位): province, city, county, town (street, town, township) or village-level
 * unit (community or village). Its level, kind and parent follow from its {@link DivisionCode};
 * household and population counts are never stored here, they are rolled up from the grids (see
 * {@link Atlas#rollUp(DivisionCode)}).
 *
 * @param code the statistical division code
 * @param name the unit's name, such as {@code "八田地街道"}; not blank
 * @param urbanRuralClass 城乡分类代码 of a village-level unit, or null where unknown; never set above
 *     village level
 */
public record Division(DivisionCode code, String name, @Nullable UrbanRuralClass urbanRuralClass) {

  /**
   * Validates the fields.
   *
   * @param code the statistical division code
   * @param name the unit's name, such as {@code "八田地街道"}; not blank
   * @param urbanRuralClass 城乡分类代码 of a village-level unit, or null where unknown; never set above
   *     village level
   */
  public Division {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "division %s: name must not be blank", code);
    checkArgument(
        urbanRuralClass == null || code.level() == DivisionLevel.VILLAGE,
        "division %s: the urban-rural class %s applies to village-level units only, not to a %s",
        code,
        urbanRuralClass,
        code.level());
  }

  /**
   * A division without an urban–rural class.
   *
   * @param code the code
   * @param name the name
   * @return the division
   */
  public static Division of(DivisionCode code, String name) {
    return new Division(code, name, null);
  }

  /**
   * Parses the code and creates a division without an urban–rural class.
   *
   * @param code the code as text
   * @param name the name
   * @return the division
   * @throws InvalidCodeException if the code is malformed
   */
  public static Division of(String code, String name) {
    checkNotNull(name, "name");
    return new Division(DivisionCode.parse(code), name, null);
  }

  /**
   * The level of the unit.
   *
   * @return the code's level
   */
  public DivisionLevel level() {
    return code.level();
  }

  /**
   * The kind of the unit.
   *
   * @return the code's kind
   */
  public DivisionKind kind() {
    return code.kind();
  }

  /**
   * The urban–rural class, if known.
   *
   * @return the class, empty if unknown or above village level
   */
  public Optional<UrbanRuralClass> urbanRuralClassIfKnown() {
    return Optional.ofNullable(urbanRuralClass);
  }

  /**
   * A copy with another urban–rural class.
   *
   * @param value the class, or null to clear it
   * @return the copy
   */
  public Division withUrbanRuralClass(@Nullable UrbanRuralClass value) {
    return new Division(code, name, value);
  }
}
