package org.gridgov.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.geo.Boundary;
import org.gridgov.geo.Crs;
import org.gridgov.geo.GridBoundaries;
import org.gridgov.geo.InvalidBoundariesException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.quicktheories.QuickTheory;

/**
 * Writing then reading gives an equal set for random coordinates (every double written reads back
 * to itself); and seeded mutations and truncations of valid GeoJSON give either a set or an {@link
 * InvalidBoundariesException} whose every problem is located at a JSON path, never another
 * exception. Sized for CI; run longer with {@code -Dgridgov.fuzz.examples=100000}.
 */
class GridBoundariesJsonProperties {
  private static final int EXAMPLES = Integer.getInteger("gridgov.fuzz.examples", 400);
  private static final GeometryFactory F = new GeometryFactory();
  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "-1",
    "1e400",
    "181",
    "\"x\"",
    "true",
    "[]",
    "{}",
    "\"Polygon\"",
    "\"MultiPolygon\"",
    "\"GCJ02\"",
    "\"grid\"",
    "\"division\"",
    "0",
    "-0.5",
    "99999999999999999999",
    "\"\\ud800\"",
    "[1,2]",
    "[[1,2],[3,4]]"
  };

  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(20221210L).withExamples(examples);
  }

  static GridBoundaries random(SplittableRandom r) {
    List<Boundary> all = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 1; i <= n; i++) {
      int points = 3 + r.nextInt(6);
      Coordinate[] ring = new Coordinate[points + 1];
      double cx = -180 + 360 * r.nextDouble();
      double cy = -89 + 178 * r.nextDouble();
      for (int k = 0; k < points; k++) {
        double a = 2 * Math.PI * k / points;
        ring[k] =
            new Coordinate(
                Math.max(-180, Math.min(180, cx + r.nextDouble() * Math.cos(a))),
                Math.max(-90, Math.min(90, cy + r.nextDouble() * Math.sin(a))));
      }
      ring[points] = ring[0];
      Polygon p = F.createPolygon(ring);
      all.add(
          Boundary.ofGrid(
              GridCode.parse(String.format("210802001003%03d", i)),
              r.nextBoolean() ? p : F.createMultiPolygon(new Polygon[] {p})));
    }
    return GridBoundaries.of(r.nextBoolean() ? Crs.WGS84 : Crs.GCJ02, all);
  }

  @Test
  void whatIsWrittenReadsBackEqual() {
    qt(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GridBoundaries set = random(new SplittableRandom(seed));
              assertThat(GridBoundariesJson.reader().read(GridBoundariesJson.toJson(set)))
                  .isEqualTo(set);
            });
  }

  @Test
  void mutatedInputGivesASetOrLocatedProblems() {
    int[] outcomes = new int[2];
    qt(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              String text = mutate(GridBoundariesJson.toJson(random(r)), r);
              for (int way = 0; way < 2; way++) {
                try {
                  GridBoundaries read =
                      way == 0
                          ? GridBoundariesJson.reader().read(text)
                          : GridBoundariesJson.reader()
                              .read(
                                  new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                  assertThat(read).isNotNull();
                  outcomes[0]++;
                } catch (InvalidBoundariesException e) {
                  outcomes[1]++;
                  assertThat(e.problems()).isNotEmpty();
                  for (Problem p : e.problems()) {
                    assertThat(p.location()).isInstanceOf(Location.JsonPath.class);
                  }
                } catch (IOException e) {
                  fail("a byte array does not fail", e);
                }
              }
            });
    // both outcomes occur, so the mutations are neither all harmless nor all fatal
    assertThat(outcomes[0]).isPositive();
    assertThat(outcomes[1]).isPositive();
  }

  static String mutate(String s, SplittableRandom r) {
    int n = 1 + r.nextInt(3);
    for (int m = 0; m < n && !s.isEmpty(); m++) {
      int at = r.nextInt(s.length());
      switch (r.nextInt(4)) {
        case 0 -> s = s.substring(0, at);
        case 1 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(8)));
        case 2 -> s = s.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + s.substring(at);
        default -> {
          // swap a number for a token, which often keeps the JSON well-formed
          int start = at;
          while (start < s.length() && !Character.isDigit(s.charAt(start))) {
            start++;
          }
          int end = start;
          while (end < s.length() && "0123456789.eE-+".indexOf(s.charAt(end)) >= 0) {
            end++;
          }
          if (start < s.length()) {
            s = s.substring(0, start) + TOKENS[r.nextInt(TOKENS.length)] + s.substring(end);
          }
        }
      }
    }
    return s;
  }
}
