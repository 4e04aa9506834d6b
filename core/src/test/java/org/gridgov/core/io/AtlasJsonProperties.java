package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gridgov.core.io.JsonTestSupport.located;
import static org.gridgov.core.io.JsonTestSupport.shuffledText;
import static org.gridgov.core.io.JsonTestSupport.tree;
import static org.gridgov.core.io.Theories.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.Where;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class AtlasJsonProperties {

  private static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  @Test
  void theJsonRoundTripIsTheIdentityBothWays() {
    qt().withExamples(300)
        .forAll(seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = JsonTestSupport.randomAtlas(new Random(seed));
              String json = AtlasJson.toJson(atlas);
              Atlas read = AtlasJson.read(json);
              assertThat(read).isEqualTo(atlas);
              assertThat(read.grids()).isEqualTo(atlas.grids());
              assertThat(read.assignments()).isEqualTo(atlas.assignments());
              assertThat(read.retiredGrids()).isEqualTo(atlas.retiredGrids());
              assertThat(read.retiredDivisions()).isEqualTo(atlas.retiredDivisions());
              assertThat(AtlasJson.toJson(read)).isEqualTo(json);
              assertThat(utf8(atlas)).isEqualTo(json);
            });
  }

  @Test
  void randomRetirementsAreExercised() {
    // guards the round trip property against testing atlases without lineage only
    long withLineage =
        java.util.stream.LongStream.range(0, 200)
            .filter(seed -> JsonTestSupport.randomAtlas(new Random(seed)).size().retiredCodes() > 0)
            .count();
    assertThat(withLineage).isGreaterThan(50);
  }

  @Test
  void readingIgnoresKeyOrderAndInsignificantWhitespace() {
    qt().withExamples(300)
        .forAll(seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas atlas = JsonTestSupport.randomAtlas(r);
              String text = shuffledText(tree(AtlasJson.toJson(atlas)), r);
              assertThat(AtlasJson.read(text)).as(text).isEqualTo(atlas);
            });
  }

  @Test
  void plantedFieldErrorsAreReportedExactlyAtTheirPathsAndInAnyKeyOrder() {
    qt().withExamples(300)
        .forAll(seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas atlas = JsonTestSupport.randomAtlas(r);
              ObjectNode doc = tree(AtlasJson.toJson(atlas));
              List<String> planted = new Planter(doc, r, Map.of(), true).plant(1 + r.nextInt(6));
              String text = doc.toString();
              InvalidAtlasException e =
                  catchThrowableOfType(InvalidAtlasException.class, () -> AtlasJson.read(text));
              assertThat(e).as("planted %s in %s", planted, text).isNotNull();
              List<String> reported = e.problems().stream().map(JsonTestSupport::located).toList();
              assertThat(reported)
                  .as("planted %s in %s", planted, text)
                  .containsExactlyInAnyOrderElementsOf(planted);
              // the same problems, in the same order, whatever the layout of the document
              InvalidAtlasException shuffled =
                  catchThrowableOfType(
                      InvalidAtlasException.class, () -> AtlasJson.read(shuffledText(doc, r)));
              assertThat(shuffled.problems()).isEqualTo(e.problems());
            });
  }

  @Test
  void plantedFieldErrorsAndBuilderProblemsAreAllReportedTogether() {
    qt().withExamples(300)
        .forAll(seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas.Builder b = TestAtlases.random(r);
              Map<String, Integer> original = sizes(b);
              List<Problem> fromBuilder = TestAtlases.plant(b, r);
              ObjectNode doc = tree(JsonTestSupport.json(b));
              List<String> planted = new Planter(doc, r, original, false).plant(1 + r.nextInt(6));
              List<String> expected = new ArrayList<>(planted);
              fromBuilder.forEach(p -> expected.add(located(p)));
              String text = doc.toString();
              InvalidAtlasException e =
                  catchThrowableOfType(InvalidAtlasException.class, () -> AtlasJson.read(text));
              assertThat(e).as("planted %s", expected).isNotNull();
              assertThat(e.problems().stream().map(JsonTestSupport::located).toList())
                  .as("planted %s in %s", expected, text)
                  .containsAll(expected);
            });
  }

  /**
   * Issue 6: for random atlases with planted problems of every kind a builder can hold, the JSON
   * reader and the builder report the same problems — same kinds, same places, same order — in both
   * directions (list equality), the builder's elements located at the JSON paths of the document
   * written from the same contents.
   */
  @Test
  void theReaderAndTheBuilderReportTheSameProblems() {
    qt().withExamples(300)
        .forAll(seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Atlas.Builder b = TestAtlases.random(r);
              List<Problem> planted = TestAtlases.plant(b, r);
              InvalidAtlasException fromBuilder =
                  catchThrowableOfType(InvalidAtlasException.class, b::build);
              String json = JsonTestSupport.json(b);
              InvalidAtlasException fromReader =
                  catchThrowableOfType(InvalidAtlasException.class, () -> AtlasJson.read(json));
              assertThat(fromBuilder).as("seed %s planted %s", seed, planted).isNotNull();
              assertThat(fromReader).as("seed %s planted %s", seed, planted).isNotNull();
              List<String> builderSide = Where.of(fromBuilder.problems());
              assertThat(Where.of(fromReader.problems()))
                  .as("seed %s planted %s\n%s", seed, planted, json)
                  .isEqualTo(builderSide);
              assertThat(fromReader.omittedProblems()).isEqualTo(fromBuilder.omittedProblems());
              assertThat(builderSide).containsAll(Where.of(planted));
              // the builder's own locations are its elements, the reader's the document's paths
              assertThat(fromBuilder.problems())
                  .allSatisfy(
                      p -> assertThat(p.location().kind()).isEqualTo(Location.Kind.ELEMENT));
              assertThat(fromReader.problems())
                  .allSatisfy(
                      p -> assertThat(p.location().kind()).isEqualTo(Location.Kind.JSON_PATH));
            });
  }

  /**
   * Every kind of problem an atlas's input can have is exercised by one of the plantings: in a
   * builder (and so, by the property above, in the reader too) or only in a document.
   */
  @Test
  void everyKindOfAtlasProblemIsPlanted() {
    Set<ProblemKind> builderKinds = EnumSet.noneOf(ProblemKind.class);
    for (long seed = 0; seed < 400; seed++) {
      Random r = new Random(seed);
      TestAtlases.plant(TestAtlases.random(r), r).forEach(p -> builderKinds.add(p.kind()));
    }
    Set<ProblemKind> documentKinds = EnumSet.noneOf(ProblemKind.class);
    for (long seed = 0; seed < 400; seed++) {
      Random r = new Random(seed);
      ObjectNode doc = tree(AtlasJson.toJson(JsonTestSupport.randomAtlas(r)));
      new Planter(doc, r, Map.of(), true)
          .plant(6)
          .forEach(p -> documentKinds.add(ProblemKind.valueOf(p.substring(0, p.indexOf(' ')))));
    }
    // what only a document can get wrong (syntax, limits, types, codes that do not parse), and
    // what only a change can get wrong, or only another module's input
    Set<ProblemKind> inputOnly =
        EnumSet.of(ProblemKind.MALFORMED_INPUT, ProblemKind.INPUT_TOO_LARGE);
    Set<ProblemKind> changeOnly =
        EnumSet.of(
            ProblemKind.WRONG_PARENT_LEVEL,
            ProblemKind.NOT_CONSERVED,
            ProblemKind.STILL_REFERENCED,
            ProblemKind.NOT_APPLICABLE,
            ProblemKind.CODES_EXHAUSTED);
    Set<ProblemKind> otherModules =
        EnumSet.of(
            ProblemKind.UNKNOWN_REFERENCE,
            ProblemKind.CONFLICT,
            ProblemKind.BUDGET_EXCEEDED,
            ProblemKind.INCONSISTENT_TOTAL,
            ProblemKind.GAP,
            ProblemKind.OVERLAP,
            ProblemKind.UNREACHABLE,
            ProblemKind.INVALID_GEOMETRY,
            ProblemKind.MISSING_BOUNDARY,
            ProblemKind.OUTSIDE_PARENT);
    Set<ProblemKind> covered = EnumSet.noneOf(ProblemKind.class);
    covered.addAll(builderKinds);
    covered.addAll(documentKinds);
    covered.addAll(inputOnly);
    covered.addAll(changeOnly);
    covered.addAll(otherModules);
    assertThat(covered).containsAll(EnumSet.allOf(ProblemKind.class));
    assertThat(builderKinds)
        .contains(
            ProblemKind.MISSING_FIELD,
            ProblemKind.INVALID_VALUE,
            ProblemKind.CYCLE,
            ProblemKind.DUPLICATE_CODE,
            ProblemKind.DUPLICATE_ID,
            ProblemKind.OVERLAPPING_GRID_LEADERS);
    assertThat(documentKinds)
        .contains(
            ProblemKind.MALFORMED_CODE, ProblemKind.NEGATIVE_COUNT, ProblemKind.LEVEL_MISMATCH);
  }

  private static Map<String, Integer> sizes(Atlas.Builder b) {
    return Map.of(
        "divisions", TestAtlases.divisions(b).size(),
        "grids", TestAtlases.grids(b).size(),
        "workers", TestAtlases.workers(b).size(),
        "assignments", TestAtlases.assignments(b).size(),
        "partyOrganisations", TestAtlases.partyOrganisations(b).size(),
        "liaisons", TestAtlases.liaisons(b).size(),
        "contactPoints", TestAtlases.contactPoints(b).size());
  }

  private static String utf8(Atlas atlas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      AtlasJson.write(atlas, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Plants field errors in a document, at most one per element, and says what each should be
   * reported as. An error that takes an element's identity (a malformed code, a missing id) is only
   * planted where nothing else names that identity, so that it has no consequences elsewhere.
   */
  private static final class Planter {
    private final ObjectNode doc;
    private final Random r;
    private final Map<String, Integer> limits;
    private final boolean anyTopLevel;
    private final Map<String, Integer> textCount = new HashMap<>();
    private final Set<String> parents = new HashSet<>();
    private final Set<String> used = new HashSet<>();
    private final List<String> planted = new ArrayList<>();
    private int serial;

    Planter(ObjectNode doc, Random r, Map<String, Integer> limits, boolean anyTopLevel) {
      this.doc = doc;
      this.r = r;
      this.limits = limits;
      this.anyTopLevel = anyTopLevel;
      count(doc);
      for (JsonNode d : doc.withArray("divisions")) {
        DivisionCode.parse(d.get("code").asText())
            .parent()
            .ifPresent(p -> parents.add(p.toString()));
      }
    }

    private void count(JsonNode node) {
      if (node.isTextual()) {
        textCount.merge(node.asText(), 1, Integer::sum);
      }
      node.forEach(this::count);
    }

    List<String> plant(int n) {
      for (int attempt = 0; planted.size() < n && attempt < 50; attempt++) {
        plantOne();
      }
      return planted;
    }

    private void expect(String kind, String path) {
      planted.add(kind + " at " + path);
    }

    /** A random element of a section not planted yet, with its path; null if there is none. */
    private Map.@Nullable Entry<String, ObjectNode> element(String section) {
      ArrayNode array = doc.withArray(section);
      int size = Math.min(array.size(), limits.getOrDefault(section, array.size()));
      if (size == 0) {
        return null;
      }
      int i = r.nextInt(size);
      String path = "$." + section + "[" + i + "]";
      if (!used.add(path)) {
        return null;
      }
      return Map.entry(path, (ObjectNode) array.get(i));
    }

    /** Whether a code or id occurs nowhere but in its own element's code field. */
    private boolean alone(String text) {
      return textCount.getOrDefault(text, 0) == 1 && !parents.contains(text);
    }

    private void plantOne() {
      switch (r.nextInt(6)) {
        case 0 -> grid();
        case 1 -> division();
        case 2 -> assignment();
        case 3 -> other();
        case 4 -> liaisonOrContact();
        default -> topLevel();
      }
    }

    private void grid() {
      var e = element("grids");
      if (e == null) {
        return;
      }
      String path = e.getKey();
      ObjectNode g = e.getValue();
      switch (r.nextInt(9)) {
        case 0 -> {
          g.put("households", -1 - r.nextInt(1000));
          expect("NEGATIVE_COUNT", path + ".households");
        }
        case 1 -> {
          g.put("residents", "many");
          expect("INVALID_VALUE", path + ".residents");
        }
        case 2 -> {
          g.put("kind", "PARK");
          expect("INVALID_VALUE", path + ".kind");
        }
        case 3 -> {
          g.put("name", " \t");
          expect("INVALID_VALUE", path + ".name");
        }
        case 4 -> {
          g.remove("unit");
          expect("MISSING_FIELD", path + ".unit");
        }
        case 5 -> {
          g.put("unit", g.get("unit").asText() + "9");
          expect("MALFORMED_CODE", path + ".unit");
        }
        case 6 -> {
          g.put("households", 1.5);
          expect("INVALID_VALUE", path + ".households");
        }
        case 7 -> {
          g.put("colour", "红");
          expect("INVALID_VALUE", path + ".colour");
        }
        default -> {
          if (!alone(g.get("code").asText())) {
            used.remove(path);
            return;
          }
          g.put("code", "bad code");
          expect("MALFORMED_CODE", path + ".code");
        }
      }
    }

    private void division() {
      var e = element("divisions");
      if (e == null) {
        return;
      }
      String path = e.getKey();
      ObjectNode d = e.getValue();
      String code = d.get("code").asText();
      DivisionCode parsed = DivisionCode.parse(code);
      switch (r.nextInt(7)) {
        case 0 -> {
          d.put("name", "");
          expect("INVALID_VALUE", path + ".name");
        }
        case 1 -> {
          d.put("urbanRuralClass", 999);
          expect("INVALID_VALUE", path + ".urbanRuralClass");
        }
        case 2 -> {
          d.put("level", parsed.level().name().equals("TOWN") ? "village" : "town");
          expect("LEVEL_MISMATCH", path + ".level");
        }
        case 3 -> {
          d.put("level", "hamlet");
          expect("INVALID_VALUE", path + ".level");
        }
        case 4 -> {
          d.put("parent", code);
          expect("LEVEL_MISMATCH", path + ".parent");
        }
        default -> {
          if (!alone(code)) {
            used.remove(path);
            return;
          }
          if (r.nextBoolean()) {
            d.put("code", code + "X");
            expect("MALFORMED_CODE", path + ".code");
          } else {
            d.remove("code");
            expect("MISSING_FIELD", path + ".code");
          }
        }
      }
    }

    private void assignment() {
      var e = element("assignments");
      if (e == null) {
        return;
      }
      String path = e.getKey();
      ObjectNode a = e.getValue();
      switch (r.nextInt(7)) {
        case 0 -> {
          a.put("start", "2021-02-30");
          expect("INVALID_VALUE", path + ".start");
        }
        case 1 -> {
          a.put("role", "BOSS");
          expect("INVALID_VALUE", path + ".role");
        }
        case 2 -> {
          a.put("end", LocalDate.parse(a.get("start").asText()).minusDays(1).toString());
          expect("INVALID_VALUE", path + ".end");
        }
        case 3 -> {
          a.put("role", "SECONDED_CADRE");
          a.remove("end");
          expect("INVALID_VALUE", path + ".end");
        }
        case 4 -> {
          a.put("worker", "");
          expect("INVALID_VALUE", path + ".worker");
        }
        case 5 -> {
          a.put("grid", "x y");
          expect("MALFORMED_CODE", path + ".grid");
        }
        default -> {
          a.remove("role");
          expect("MISSING_FIELD", path + ".role");
        }
      }
    }

    private void other() {
      if (r.nextBoolean()) {
        var e = element("workers");
        if (e == null) {
          return;
        }
        String path = e.getKey();
        ObjectNode w = e.getValue();
        if (r.nextBoolean()) {
          w.put("name", 42);
          expect("INVALID_VALUE", path + ".name");
        } else if (alone(w.get("id").asText())) {
          w.remove("id");
          expect("MISSING_FIELD", path + ".id");
        } else {
          used.remove(path);
        }
        return;
      }
      var e = element("partyOrganisations");
      if (e == null) {
        return;
      }
      String path = e.getKey();
      ObjectNode o = e.getValue();
      ArrayNode grids = (ArrayNode) o.get("grids");
      switch (r.nextInt(4)) {
        case 0 -> {
          o.put("kind", "CELL");
          expect("INVALID_VALUE", path + ".kind");
        }
        case 1 -> {
          o.putArray("grids");
          expect("INVALID_VALUE", path + ".grids");
        }
        case 2 -> {
          grids.set(0, "bad!");
          expect("MALFORMED_CODE", path + ".grids[0]");
        }
        default -> {
          grids.add(grids.get(0).asText());
          expect("INVALID_VALUE", path + ".grids[" + (grids.size() - 1) + "]");
        }
      }
    }

    private void liaisonOrContact() {
      if (r.nextBoolean()) {
        var e = element("liaisons");
        if (e == null) {
          return;
        }
        String path = e.getKey();
        ObjectNode l = e.getValue();
        // changing the unit or sector of a liaison that has a duplicate would undo the duplicate
        long same = 0;
        for (JsonNode other : doc.withArray("liaisons")) {
          if (other.get("unit").equals(l.get("unit"))
              && other.get("sector").equals(l.get("sector"))) {
            same++;
          }
        }
        if (same > 1) {
          used.remove(path);
          return;
        }
        switch (r.nextInt(3)) {
          case 0 -> {
            l.put("sector", "no-such-sector-" + serial++);
            expect("UNKNOWN_SECTOR", path + ".sector");
          }
          case 1 -> {
            l.put("sector", "Heating");
            expect("INVALID_VALUE", path + ".sector");
          }
          default -> {
            l.put("unit", "1");
            expect("MALFORMED_CODE", path + ".unit");
          }
        }
        return;
      }
      var e = element("contactPoints");
      if (e == null) {
        return;
      }
      String path = e.getKey();
      ObjectNode c = e.getValue();
      switch (r.nextInt(3)) {
        case 0 -> {
          c.put("rank", "MAYOR");
          expect("INVALID_VALUE", path + ".rank");
        }
        case 1 -> {
          c.put("grid", "!!");
          expect("MALFORMED_CODE", path + ".grid");
        }
        default -> {
          c.put("leader", "");
          expect("INVALID_VALUE", path + ".leader");
        }
      }
    }

    private void topLevel() {
      switch (r.nextInt(anyTopLevel ? 5 : 4)) {
        case 0 -> {
          // an atlas without an as-of date (planted in the builder) keeps that problem alone
          if (doc.has("asOf") && used.add("$.asOf")) {
            doc.put("asOf", "2022-12-32");
            expect("INVALID_VALUE", "$.asOf");
          }
        }
        case 1 -> {
          if (used.add("$.householdTargets")) {
            ((ObjectNode) doc.get("householdTargets")).put("urban", 0);
            expect("INVALID_VALUE", "$.householdTargets.urban");
          }
        }
        case 2 -> {
          if (used.add("$.comment")) {
            doc.put("comment", "no comments in JSON");
            expect("INVALID_VALUE", "$.comment");
          }
        }
        case 3 -> {
          ArrayNode required = doc.withArray("requiredSectors");
          required.add("nope-" + serial++);
          expect("UNKNOWN_SECTOR", "$.requiredSectors[" + (required.size() - 1) + "]");
        }
        default -> {
          // an unknown scheme hides grid code mismatches, which the builder plants
          if (used.add("$.gridCodeScheme")) {
            doc.put("gridCodeScheme", "standard-9");
            expect("INVALID_VALUE", "$.gridCodeScheme");
          }
        }
      }
    }
  }
}
