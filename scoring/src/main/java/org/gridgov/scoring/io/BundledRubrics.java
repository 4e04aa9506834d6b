package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.gridgov.scoring.rating.Rubric;

/**
 * Rubrics that ship with the library, read from {@link RubricJson} resources once, at first use.
 * Both are <b>examples modelled on published rubrics</b>, not official documents:
 *
 * <ul>
 *   <li>{@value #TWO_NEW} ({@link #twoNew()}): the 营口 article's shape — five aspects (基本组织健全,
 *       基本队伍合格, 基本制度落实, 基本活动正常, 基本保障到位) of six items each, 30 scoring points adding up to 100; a
 *       bonus of at most 5 that only offsets deductions; bands 90 / 80 / 70 (洪雅: five, four, three
 *       stars, none below 70); five stars need an innovation project and four an organisation
 *       section of 16 or more; the four-star cap conditions (serious violations, major safety or
 *       pollution incidents, mass petitions, bad credit, tax or quality records: at most three
 *       stars), a demotion for unfinished rectification and a disqualification for false materials;
 *       rewards 5000 / 3000 / 2000 yuan, 110 % funds for five stars and 90 % for none; quotas
 *       five-star 10 %, four-star 20 %; one level up a year, two with a city honour.
 *   <li>{@value #XIQING_STYLE} ({@link #xiqingStyle()}): a second shape — four sections of five
 *       items (25 each), a bonus of up to 10 on top of 100 (totals to 110), six bands 95 / 85 / 75
 *       / 65 / 60 (西青), quotas 2 / 3 / 5 % for five, four and three stars (通江).
 * </ul>
 *
 * <pre>{@code
 * Rubric rubric = BundledRubrics.twoNew();
 * Rubric other = BundledRubrics.named("xiqing-style").orElseThrow();
 * }</pre>
 */
public final class BundledRubrics {
  /** The name of the default two-new rubric. */
  public static final String TWO_NEW = "two-new-default";

  /** The name of the 西青-style rubric. */
  public static final String XIQING_STYLE = "xiqing-style";

  private BundledRubrics() {}

  private static final class TwoNew {
    static final Rubric RUBRIC = load(TWO_NEW);
  }

  private static final class Xiqing {
    static final Rubric RUBRIC = load(XIQING_STYLE);
  }

  /**
   * The default two-new rubric, in the article's shape.
   *
   * @return the rubric
   */
  public static Rubric twoNew() {
    return TwoNew.RUBRIC;
  }

  /**
   * The 西青-style rubric: bonus on top, six bands.
   *
   * @return the rubric
   */
  public static Rubric xiqingStyle() {
    return Xiqing.RUBRIC;
  }

  /**
   * The names of the bundled rubrics.
   *
   * @return {@value #TWO_NEW} and {@value #XIQING_STYLE}
   */
  public static List<String> names() {
    return List.of(TWO_NEW, XIQING_STYLE);
  }

  /**
   * A bundled rubric by name.
   *
   * @param name the name
   * @return the rubric, if one has that name
   */
  public static Optional<Rubric> named(String name) {
    checkNotNull(name, "name");
    return switch (name) {
      case TWO_NEW -> Optional.of(twoNew());
      case XIQING_STYLE -> Optional.of(xiqingStyle());
      default -> Optional.empty();
    };
  }

  /**
   * The JSON text of a bundled rubric, as shipped.
   *
   * @param name the name
   * @return the text
   * @throws IllegalArgumentException if no bundled rubric has that name
   */
  public static String json(String name) {
    checkArgument(
        names().contains(name), "no bundled rubric %s, expected one of %s", name, names());
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled rubric " + name, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BundledRubrics.class.getResourceAsStream(name + ".json");
    if (in == null) {
      throw new IllegalStateException(
          "missing resource " + name + ".json beside " + BundledRubrics.class);
    }
    return in;
  }

  private static Rubric load(String name) {
    try (InputStream in = resource(name)) {
      return RubricJson.reader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled rubric " + name, e);
    }
  }
}
