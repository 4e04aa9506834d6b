package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.RollUp;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionCsvTest {
  private static final String HEADER = "code,name,parentCode,level\n";
  private static final String TOP = HEADER + "21,\"辽宁省\",,province\n2108,\"营口市\",21,city\n";

  private static CsvOutcome resource(String name) throws IOException {
    try (InputStream in = DivisionCsvTest.class.getResourceAsStream("divisions/" + name)) {
      assertThat(in).as(name).isNotNull();
      return CsvOutcome.of(DivisionCsv.reader(), in);
    }
  }

  private static CsvOutcome parse(String csv) {
    return CsvOutcome.of(DivisionCsv.reader(), csv);
  }

  /** Kind, location and message of each problem. */
  private static List<String> problems(CsvOutcome result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  // ---- real data
  // ---------------------------------------------------------------------------------

  @Test
  void readsYingkou() throws IOException {
    // data/divisions/yingkou-2023.csv: 营口市 2023, province to town
    CsvOutcome result = resource("yingkou-2023.csv");
    assertThat(result.problems()).isEmpty();
    assertThat(result.notes()).isEmpty();
    List<Division> divisions = result.divisions();
    assertThat(divisions).hasSize(78);
    Map<DivisionKind, Long> byKind =
        divisions.stream().collect(Collectors.groupingBy(Division::kind, Collectors.counting()));
    assertThat(byKind)
        .containsOnly(
            Map.entry(DivisionKind.PROVINCE, 1L),
            Map.entry(DivisionKind.CITY, 1L),
            Map.entry(DivisionKind.DISTRICT, 4L),
            Map.entry(DivisionKind.COUNTY_LEVEL_CITY, 2L),
            Map.entry(DivisionKind.STREET, 27L),
            Map.entry(DivisionKind.TOWN, 35L),
            Map.entry(DivisionKind.TOWNSHIP, 3L),
            Map.entry(DivisionKind.QUASI_TOWN, 5L));
    assertThat(divisions.stream().filter(d -> d.level() == DivisionLevel.COUNTY))
        .extracting(Division::name)
        .containsExactly("站前区", "西市区", "鲅鱼圈区", "老边区", "盖州市", "大石桥市");
    assertThat(divisions.get(0)).isEqualTo(Division.of("21", "辽宁省"));
    assertThat(divisions.get(8)).isEqualTo(Division.of("210802001", "八田地街道"));

    Atlas atlas =
        Atlas.builder().addDivisions(result.divisions()).asOf(LocalDate.of(2023, 6, 30)).build();
    RollUp yingkou = atlas.rollUp(DivisionCode.parse("2108"));
    assertThat(yingkou.towns()).isEqualTo(70);
    assertThat(atlas.children(DivisionCode.parse("210802"))).hasSize(6);
  }

  @Test
  void readsTheNationalFileAndSkipsThePaddedCountyRows() throws IOException {
    // data/divisions/china-towns-2023.csv: every province, city, county and town of 2023
    CsvOutcome result = resource("china-towns-2023.csv");
    assertThat(result.problems()).isEmpty();
    assertThat(result.notes())
        .containsExactly(
            "line 2314: 441900 东莞市 is the padded county row of city 4419, which has no counties;"
                + " skipped",
            "line 2315: 442000 中山市 is the padded county row of city 4420, which has no counties;"
                + " skipped",
            "line 2451: 460400 儋州市 is the padded county row of city 4604, which has no counties;"
                + " skipped",
            // 金门县 has no towns in the data; the dataset pads it with a town of segment 000
            "line 18479: 350527000 金门县 is the padded town row of county 350527, which has no"
                + " towns; skipped");
    assertThat(result.divisions()).hasSize(44_703 - 4);
    assertThat(result.divisions().stream().filter(d -> d.level() == DivisionLevel.PROVINCE))
        .hasSize(31);
    // the city once, not again as its padded county
    assertThat(result.divisions()).filteredOn(d -> d.code().toString().equals("4419")).hasSize(1);

    Atlas atlas =
        Atlas.builder().addDivisions(result.divisions()).asOf(LocalDate.of(2023, 6, 30)).build();
    assertThat(atlas.roots()).hasSize(31);
    assertThat(atlas.size().divisions()).isEqualTo(44_699);
    assertThat(atlas.children(DivisionCode.parse("350527"))).isEmpty();
    // 东城街道's row names 441900 as its parent; the town belongs to the city 东莞市 itself.
    assertThat(atlas.parent(DivisionCode.parse("441900003"))).contains(Division.of("4419", "东莞市"));
    assertThat(atlas.rollUp(DivisionCode.parse("4419")).towns()).isGreaterThan(20);
    assertThat(atlas.children(DivisionCode.parse("4604")))
        .allMatch(d -> d.level() == DivisionLevel.TOWN);
  }

  // ---- the form
  // ----------------------------------------------------------------------------------

  @Test
  void acceptsColumnsInAnyOrderQuotingCrlfBomAndBlankLines() {
    String csv =
        "\uFEFFlevel,\"code\",parentCode,name\r\n"
            + "\r\n"
            + "province,21,,辽宁省\r\n"
            + "city,2108,21,\"营口市,\"\"新区\"\"\"\r\n"
            + "   \n"
            + "county,210802,210800,站前区\n"
            + "town,210802001,210802000000,\"\"";
    CsvOutcome result = parse(csv);
    assertThat(problems(result))
        .containsExactly("INVALID_VALUE at line 7, column 4: the name must not be blank, got \"\"");
    // without the bad row the rest is read
    assertThat(parse(csv.substring(0, csv.lastIndexOf("town,"))).divisions())
        .containsExactly(
            Division.of("21", "辽宁省"),
            Division.of("2108", "营口市,\"新区\""),
            Division.of("210802", "站前区"));
  }

  @Test
  void reportsEachProblemAtItsLineAndColumn() {
    String csv =
        TOP
            + "21X8,\"营口市\",21,city\n" // line 4
            + "210803,\"西市区\",2108,town\n" // line 5
            + "210804,\"鲅鱼圈区\",2109,county\n" // line 6
            + "210811,\"老边区\",,county\n" // line 7
            + "21,\"辽宁省\",,province\n" // line 8
            + "210881,\"盖州市\",2108\n" // line 9
            + "210882,\"大石桥市,2108,county\n" // line 10
            + "210883,大石\"桥市,2108,county\n" // line 11
            + "210884,\"大石\"桥市,2108,county\n" // line 12
            + "2201,\"长春市\",22,city\n" // line 13
            + "21,\"辽宁省\",2,province\n" // line 14
            + "210885,\"某市\",2108,County\n"; // line 15
    CsvOutcome result = parse(csv);
    assertThat(result.problems())
        .extracting(Problem::kind, q -> Where.of(q.location()))
        .containsExactly(
            tuple(ProblemKind.MALFORMED_CODE, "line 4, column 1"),
            tuple(ProblemKind.LEVEL_MISMATCH, "line 5, column 4"),
            tuple(ProblemKind.LEVEL_MISMATCH, "line 6, column 3"),
            tuple(ProblemKind.LEVEL_MISMATCH, "line 7, column 3"),
            tuple(ProblemKind.DUPLICATE_CODE, "line 8, column 1"),
            tuple(ProblemKind.MALFORMED_INPUT, "line 9"),
            tuple(ProblemKind.MALFORMED_INPUT, "line 10, column 2"),
            tuple(ProblemKind.MALFORMED_INPUT, "line 11, column 2"),
            tuple(ProblemKind.MALFORMED_INPUT, "line 12, column 2"),
            tuple(ProblemKind.UNKNOWN_PARENT, "line 13, column 3"),
            tuple(ProblemKind.DUPLICATE_CODE, "line 14, column 1"),
            tuple(ProblemKind.MALFORMED_CODE, "line 14, column 3"),
            tuple(ProblemKind.INVALID_VALUE, "line 15, column 4"));
    assertThat(problems(result))
        .contains(
            "MALFORMED_CODE at line 4, column 1: invalid code \"21X8\": expected only ASCII digits,"
                + " found 'X' at position 3",
            "LEVEL_MISMATCH at line 5, column 4: division 210803 is a county by its code, not a"
                + " town",
            "LEVEL_MISMATCH at line 6, column 3: the parent of division 210804 is 2108 by its code,"
                + " not \"2109\"",
            "LEVEL_MISMATCH at line 7, column 3: the parent code is empty, but the parent of"
                + " division 210811 is 2108",
            "DUPLICATE_CODE at line 8, column 1: division code 21 appears again (first at line 2)",
            "MALFORMED_INPUT at line 9: expected 4 fields (code, name, parentCode, level), got 3",
            "MALFORMED_INPUT at line 10, column 2: the quoted field is not closed on its line (a"
                + " quoted field cannot span lines)",
            "MALFORMED_INPUT at line 11, column 2: a quote inside an unquoted field, at character 10"
                + " (quote the whole field and double the quotes inside)",
            "MALFORMED_INPUT at line 12, column 2: unexpected \"桥\" after the closing quote, at"
                + " character 12",
            "UNKNOWN_PARENT at line 13, column 3: the parent 22 of division 2201 is not in the file",
            "INVALID_VALUE at line 15, column 4: unknown level \"County\", expected one of"
                + " province, city, county, town, village");
    // a file with problems gives no divisions: the reader refuses it whole
    assertThat(result.divisions()).isEmpty();
  }

  @Test
  void aProvinceMustNotNameAParent() {
    CsvOutcome result = parse(HEADER + "21,辽宁省,22,province\n22,吉林省,,province\n");
    assertThat(problems(result))
        .containsExactly(
            "LEVEL_MISMATCH at line 2, column 3: division 21 is a province and has no parent, got"
                + " \"22\"");
  }

  @Test
  void paddedRowsAreSkippedOnlyForCitiesWithoutCountiesAndCountiesWithoutTowns() {
    String csv =
        HEADER
            + "44,广东省,,province\n"
            + "4419,东莞市,44,city\n"
            + "441900,东莞市,4419,county\n" // padded: skipped with a note
            + "441900003,东城街道,441900,town\n"
            + "441900004,南城街道,4419,town\n"
            + "4420,中山市,44,city\n"
            + "442000,中山市,4421,county\n" // padded, but names another parent
            + "4431,某地区,44,city\n"
            + "443100,某地区,4431,county\n" // a prefecture: not a city without counties
            + "4401,广州市,44,city\n"
            + "440103,荔湾区,4401,county\n"
            + "440103000,荔湾区,440103,town\n"; // a county without towns
    CsvOutcome result = parse(csv);
    // the sound rows alone: the padded ones are skipped with notes
    CsvOutcome sound =
        parse(csv.replace("442000,中山市,4421,county\n", "").replace("443100,某地区,4431,county\n", ""));
    assertThat(sound.notes())
        .containsExactly(
            "line 4: 441900 东莞市 is the padded county row of city 4419, which has no counties;"
                + " skipped",
            "line 11: 440103000 荔湾区 is the padded town row of county 440103, which has no towns;"
                + " skipped");
    assertThat(problems(result))
        .containsExactly(
            "LEVEL_MISMATCH at line 8, column 3: the padded county row 442000 of city 4420 must"
                + " name the city as its parent, got \"4421\"",
            "DUPLICATE_CODE at line 10, column 1: division code 4431 appears again (first at line"
                + " 9)",
            "LEVEL_MISMATCH at line 10, column 3: the parent of division 443100 is 44 by its code,"
                + " not \"4431\"",
            "LEVEL_MISMATCH at line 10, column 4: division 443100 is a city by its code, not a"
                + " county");
    assertThat(sound.divisions())
        .extracting(d -> d.code().toString())
        .containsExactly("44", "4419", "441900003", "441900004", "4420", "4431", "4401", "440103");
  }

  @Test
  void aBadHeaderOrNoHeaderStopsTheReading() {
    assertThat(problems(parse("code,name,parent,level\n21,辽宁省,,province\n")))
        .containsExactly(
            "MALFORMED_INPUT at line 1: the header must name the columns code, name, parentCode"
                + " and level, in any order, got \"code,name,parent,level\"");
    assertThat(problems(parse("code,name,parentCode,level,extra\n")))
        .extracting(p -> p.substring(0, p.indexOf(':')))
        .containsExactly("MALFORMED_INPUT at line 1");
    assertThat(problems(parse("code,code,parentCode,level\n"))).hasSize(1);
    assertThat(problems(parse("\"code,name,parentCode,level\n"))).hasSize(1);
    assertThat(problems(parse("")))
        .containsExactly(
            "MALFORMED_INPUT at line 1: empty input: expected the header code,name,parentCode,level");
    assertThat(problems(parse("\n\n  \n"))).hasSize(1);
  }

  @Test
  void aHeaderAloneIsAnEmptyList() {
    CsvOutcome result = parse(HEADER);
    assertThat(result.hasProblems()).isFalse();
    assertThat(result.divisions()).isEmpty();
  }

  @Test
  void limitsStopTheReadingAtTheLine() {
    DivisionCsv small =
        DivisionCsv.reader()
            .withLimits(DivisionCsv.DEFAULT_LIMITS.withMaxStringLength(40).withMaxElements(3));
    assertThat(small.limits().maxStringLength()).isEqualTo(40);
    assertThat(small.limits().maxElements()).isEqualTo(3);
    String longName = "很".repeat(41);
    assertThat(problems(CsvOutcome.of(small, TOP + "210802,\"" + longName + "\",2108,county\n")))
        .containsExactly(
            "INPUT_TOO_LARGE at line 4: a line longer than the limit of 40 characters");
    // exactly at the limit is fine, CRLF included
    String forty = "210802,\"" + "很".repeat(19) + "\",2108,county";
    assertThat(forty).hasSize(40);
    assertThat(CsvOutcome.of(small, TOP + forty + "\r\n").problems()).isEmpty();
    assertThat(
            problems(
                CsvOutcome.of(small, TOP + "210802,站前区,2108,county\n210803,西市区,2108,county\n")))
        .containsExactly("INPUT_TOO_LARGE at line 5: more than 3 rows below the header");
    assertThat(CsvOutcome.of(small, TOP + "210802,站前区,2108,county\n").problems()).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreMalformedInput() throws IOException {
    byte[] bytes = (TOP + "210802,X,2108,county\n").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 14] = (byte) 0xff; // the X
    CsvOutcome result = CsvOutcome.of(DivisionCsv.reader(), new ByteArrayInputStream(bytes));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
              assertThat(p.message()).contains("not UTF-8");
            });
  }

  @Test
  void readsFilesReadersAndStreamsAlike(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("top.csv");
    Files.writeString(file, TOP, StandardCharsets.UTF_8);
    DivisionCsv csv = DivisionCsv.reader();
    DivisionCsv.Result fromFile = csv.read(file);
    assertThat(fromFile.divisions())
        .containsExactly(Division.of("21", "辽宁省"), Division.of("2108", "营口市"));
    assertThat(csv.read(new StringReader(TOP))).isEqualTo(fromFile);
    assertThat(csv.read(new ByteArrayInputStream(TOP.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromFile);
    assertThat(csv.read(TOP)).isEqualTo(fromFile);
  }

  @Test
  void readingThrowsEveryProblem() {
    assertThatThrownBy(
            () -> DivisionCsv.reader().read(TOP + "21X8,营口,21,city\n210802,站前区,2109,county\n"))
        .isInstanceOf(InvalidAtlasException.class)
        .hasMessageContaining("2 problems")
        .hasMessageContaining("MALFORMED_CODE at line 4, column 1")
        .hasMessageContaining("LEVEL_MISMATCH at line 5, column 3");
    Atlas.Builder builder = Atlas.builder();
    DivisionCsv.Result good = DivisionCsv.reader().read(TOP);
    assertThat(good.divisions()).hasSize(2);
    assertThat(good.addTo(builder)).isSameAs(builder);
    assertThat(TestAtlases.divisions(builder)).hasSize(2);
  }

  @Test
  void resultsAreImmutable() {
    CsvOutcome result = parse(TOP);
    assertThatThrownBy(() -> result.divisions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    List<Division> list = new java.util.ArrayList<>(List.of(Division.of("21", "辽宁省")));
    DivisionCsv.Result copy = new DivisionCsv.Result(list, List.of());
    list.clear();
    assertThat(copy.divisions()).hasSize(1);
  }

  @Test
  void rejectsBadLimitsAndNulls() {
    assertThatThrownBy(() -> DivisionCsv.DEFAULT_LIMITS.withMaxStringLength(15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be >= 16, got 15");
    assertThatThrownBy(() -> DivisionCsv.DEFAULT_LIMITS.withMaxElements(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxElements must be >= 0, got -1");
    NullPointerTester tester =
        new NullPointerTester().setDefault(Atlas.Builder.class, Atlas.builder());
    tester.testAllPublicStaticMethods(DivisionCsv.class);
    tester.testAllPublicInstanceMethods(DivisionCsv.reader());
    tester.testAllPublicInstanceMethods(DivisionCsv.reader().read(TOP));
    tester.testAllPublicConstructors(DivisionCsv.Result.class);
  }
}
