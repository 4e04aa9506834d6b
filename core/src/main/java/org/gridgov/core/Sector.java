package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sector (条线/部门) that answers the grid's whistle (网格吹哨，部门报到): power, heating, water and so on.
 * The eight sectors the 营口 article names are predefined; a city configures more (营口 requires 14)
 * with {@link #of(String, String)}.
 *
 * <p>A sector's identity is its code: two sectors with the same code are equal whatever their
 * display names, so that a host handling {@code "heating"} from a request needs no search ({@link
 * Atlas#sector(String)}).
 *
 * @param code a short stable code of lower-case ASCII letters, digits, '-' or '_'
 * @param name the sector's name, such as {@code "供电"}
 */
public record Sector(String code, String name) {
  /** 供电 — power supply. */
  public static final Sector POWER = new Sector("power", "供电");

  /** 供暖 — heating. */
  public static final Sector HEATING = new Sector("heating", "供暖");

  /** 供水 — water supply. */
  public static final Sector WATER = new Sector("water", "供水");

  /** 燃气 — gas. */
  public static final Sector GAS = new Sector("gas", "燃气");

  /** 行政执法 — administrative law enforcement. */
  public static final Sector LAW_ENFORCEMENT = new Sector("law-enforcement", "行政执法");

  /** 医疗服务 — medical services. */
  public static final Sector MEDICAL = new Sector("medical", "医疗服务");

  /** 警务巡察 — police patrol. */
  public static final Sector POLICE_PATROL = new Sector("police-patrol", "警务巡察");

  /** 信访 — petitions. */
  public static final Sector PETITIONS = new Sector("petitions", "信访");

  private static final List<Sector> PREDEFINED =
      List.of(POWER, HEATING, WATER, GAS, LAW_ENFORCEMENT, MEDICAL, POLICE_PATROL, PETITIONS);

  /**
   * Validates the fields.
   *
   * @param code a short stable code of lower-case ASCII letters, digits, '-' or '_'
   * @param name the sector's name, such as {@code "供电"}
   */
  public Sector {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkArgument(
        code.matches("[a-z0-9][a-z0-9_-]{0,39}"),
        "sector code must be 1–40 lower-case ASCII letters, digits, '-' or '_', got \"%s\"",
        code);
    Texts.checkName(name, "sector %s: name", code);
  }

  /**
   * A sector.
   *
   * @param code its code
   * @param name its name
   * @return the sector
   */
  public static Sector of(String code, String name) {
    return new Sector(code, name);
  }

  /**
   * A predefined sector by its code.
   *
   * @param code the code, such as {@code "heating"}
   * @return the sector, or empty if no predefined sector has that code
   */
  public static Optional<Sector> predefined(String code) {
    checkNotNull(code, "code");
    return PREDEFINED.stream().filter(s -> s.code.equals(code)).findFirst();
  }

  /**
   * Whether another sector has the same code; display names do not count.
   *
   * @param o another object
   * @return true for a sector of the same code
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Sector other && other.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The sector as {@code heating (供暖)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return code + " (" + name + ")";
  }

  /**
   * The eight sectors named in the 营口 article: power, heating, water, gas, law enforcement, medical
   * services, police patrol and petitions.
   *
   * @return the predefined sectors, in that order
   */
  public static List<Sector> predefined() {
    return PREDEFINED;
  }
}
