package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A division unit (行政区划单位): province, city, county, town (street, town, township) or village-level
 * unit (community or village). Its level, kind and parent follow from its {@link DivisionCode};
 * household and population counts are never stored here, they are rolled up from the grids (see
 * {@link Atlas#rollUp(DivisionCode)}).
 *
 * <pre>{@code
 * Division sanlou = Division.of("210802001007", "三楼社区")
 *     .withUrbanRuralClass(UrbanRuralClass.MAIN_URBAN);
 * }</pre>
 *
 * @param code the statistical division code
 * @param name the unit's name, such as {@code "八田地街道"}; not blank, Unicode text
 * @param urbanRuralClass 城乡分类代码 of a village-level unit, empty where unknown; never set above
 *     village level
 */
public record Division(DivisionCode code, String name, Optional<UrbanRuralClass> urbanRuralClass) {

  /**
   * Validates the fields.
   *
   * @param code the statistical division code
   * @param name the unit's name, such as {@code "八田地街道"}; not blank, Unicode text
   * @param urbanRuralClass 城乡分类代码 of a village-level unit, empty where unknown; never set above
   *     village level
   */
  public Division {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(urbanRuralClass, "urbanRuralClass");
    Texts.checkName(name, "division %s: name", code);
    checkArgument(
        urbanRuralClass.isEmpty() || code.level() == DivisionLevel.VILLAGE,
        "division %s: the urban-rural class %s applies to village-level units only, not to a %s",
        code,
        urbanRuralClass.orElse(null),
        code.level());
  }

  /**
   * A division without an urban-rural class.
   *
   * @param code the code
   * @param name the name
   * @return the division
   */
  public static Division of(DivisionCode code, String name) {
    return new Division(code, name, Optional.empty());
  }

  /**
   * A division from its code's text.
   *
   * @param code the code, such as {@code "210802001"}
   * @param name the name
   * @return the division
   * @throws InvalidCodeException if the code is malformed
   */
  public static Division of(String code, String name) {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    return new Division(DivisionCode.parse(code), name, Optional.empty());
  }

  /**
   * The level, from the code.
   *
   * @return the level
   */
  public DivisionLevel level() {
    return code.level();
  }

  /**
   * The kind, from the code.
   *
   * @return the kind
   */
  public DivisionKind kind() {
    return code.kind();
  }

  /**
   * A copy with an urban-rural class.
   *
   * @param value the class
   * @return the copy
   * @throws IllegalArgumentException above village level
   */
  public Division withUrbanRuralClass(UrbanRuralClass value) {
    return new Division(code, name, Optional.of(checkNotNull(value, "value")));
  }

  /**
   * A copy without an urban-rural class.
   *
   * @return the copy
   */
  public Division withoutUrbanRuralClass() {
    return new Division(code, name, Optional.empty());
  }
}
