package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridKind;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.Where;
import org.junit.jupiter.api.Test;

/** The hostile inputs of issue 6 §4, each reproduced: bounded memory and typed, located errors. */
class HostileInputTest {
  private static final String HEAD = "{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-12-10\"";

  private static InvalidAtlasException refused(AtlasJsonReader reader, String json) {
    return catchThrowableOfType(InvalidAtlasException.class, () -> reader.read(json));
  }

  @Test
  void millionsOfEmptyElementsGiveACappedProblemListAndABoundedMessage() {
    // The reproducer was 10M "{}" workers (30 MB) exhausting a 2 GB heap with one problem per
    // element; 1M shows the same shape within a unit test's budget.
    int count = 1_000_000;
    StringBuilder json = new StringBuilder(HEAD).append(", \"workers\": [");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "{}" : ",{}");
    }
    json.append("]}");
    InvalidAtlasException e = refused(AtlasJson.reader(), json.toString());
    assertThat(e.problems()).hasSize(ReadLimits.DEFAULT_MAX_PROBLEMS);
    // every element misses both fields: all counted, 1,000 kept
    assertThat(e.problems().size() + e.omittedProblems()).isEqualTo(2L * count);
    assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.MISSING_FIELD);
    assertThat(String.valueOf(e.getMessage()).length()).isLessThan(10_000);
    assertThat(e.getMessage()).endsWith("... and " + (2L * count - 20) + " more");
  }

  @Test
  void aSmallCapIsKept() {
    AtlasJsonReader reader =
        AtlasJson.reader().withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxProblems(3));
    InvalidAtlasException e = refused(reader, HEAD + ", \"workers\": [{}, {}, {}, {}]}");
    assertThat(e.problems()).hasSize(3);
    assertThat(e.omittedProblems()).isEqualTo(5);
  }

  @Test
  void aLimitOnAStreamIsAProblemNotALeakedException() {
    AtlasJsonReader tiny =
        AtlasJson.reader().withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(3));
    byte[] bytes = (HEAD + "}").getBytes(StandardCharsets.UTF_8);
    InvalidAtlasException fromStream =
        catchThrowableOfType(
            InvalidAtlasException.class, () -> tiny.read(new ByteArrayInputStream(bytes)));
    assertThat(fromStream.problems())
        .last()
        .extracting(Problem::kind)
        .isEqualTo(ProblemKind.INPUT_TOO_LARGE);
    InvalidAtlasException fromReader =
        catchThrowableOfType(
            InvalidAtlasException.class, () -> tiny.read(new StringReader(HEAD + "}")));
    assertThat(fromReader.problems())
        .last()
        .extracting(Problem::kind)
        .isEqualTo(ProblemKind.INPUT_TOO_LARGE);
  }

  @Test
  void aCodeWhoseParentCannotExistIsMalformedWithItsPlace() throws IOException {
    // 210802902001: town segment 902 (no town has it), so the code has no possible parent
    InvalidAtlasException e =
        refused(
            AtlasJson.reader(),
            HEAD + ", \"divisions\": [{\"code\": \"210802902001\", \"name\": \"某社区\"}]}");
    assertThat(Where.of(e.problems())).containsExactly("MALFORMED_CODE at $.divisions[0].code");
    InvalidAtlasException csv =
        catchThrowableOfType(
            InvalidAtlasException.class,
            () ->
                DivisionCsv.reader()
                    .read("code,name,parentCode,level\n210802902001,某社区,210802902,village\n"));
    assertThat(csv.problems())
        .extracting(Problem::kind, p -> p.location().toString())
        .contains(
            org.assertj.core.groups.Tuple.tuple(ProblemKind.MALFORMED_CODE, "line 2, column 1"));
  }

  @Test
  void everyReaderAcceptsAByteOrderMarkAndRefusesTrailingContent() throws IOException {
    String atlas = AtlasJson.toJson(TestAtlases.zhanqian().build());
    byte[] withBom = ("\uFEFF" + atlas).getBytes(StandardCharsets.UTF_8);
    assertThat(AtlasJson.read(new ByteArrayInputStream(withBom)))
        .isEqualTo(TestAtlases.zhanqian().build());
    assertThat(AtlasJson.read("\uFEFF" + atlas)).isEqualTo(TestAtlases.zhanqian().build());
    assertThat(AtlasJson.read(new StringReader("\uFEFF" + atlas)))
        .isEqualTo(TestAtlases.zhanqian().build());
    String csv = "code,name,parentCode,level\n21,辽宁省,,province\n";
    assertThat(DivisionCsv.reader().read("\uFEFF" + csv).divisions()).hasSize(1);
    assertThat(
            DivisionCsv.reader()
                .read(new ByteArrayInputStream(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)))
                .divisions())
        .hasSize(1);
    assertThat(refused(AtlasJson.reader(), atlas + " garbage").problems())
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.MALFORMED_INPUT);
    assertThat(refused(AtlasJson.reader(), atlas + "{}").problems())
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.MALFORMED_INPUT);
  }

  @Test
  void aBadByteInACsvFileIsReportedAtItsOwnLine() throws IOException {
    // the reproducer: a non-UTF-8 byte on line 900 was reported at line 828
    StringBuilder csv = new StringBuilder("code,name,parentCode,level\n21,辽宁省,,province\n");
    for (int i = 3; i < 900; i++) {
      csv.append("21").append(String.format(java.util.Locale.ROOT, "%02d", 1 + i % 70));
      csv.append(",某地区很长的名字很长的名字很长的名字,21,city\n");
    }
    byte[] head = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(head, head.length + 8);
    byte[] tail = "2199,X".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(tail, 0, bad, head.length, tail.length);
    bad[head.length + 5] = (byte) 0xFE; // the X of line 900
    InvalidAtlasException e =
        catchThrowableOfType(
            InvalidAtlasException.class,
            () -> DivisionCsv.reader().read(new ByteArrayInputStream(bad)));
    assertThat(e.problems())
        .filteredOn(p -> p.kind() == ProblemKind.MALFORMED_INPUT)
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo(Location.text(900, 6)));
  }

  @Test
  void aLoneSurrogateIsNotAName() {
    String lone = "三楼\uD800";
    assertThatThrownBy(() -> Division.of("210802001007", lone))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lone surrogate");
    assertThatThrownBy(
            () ->
                new Grid(
                    GridCode.parse("210802001007001"),
                    DivisionCode.parse("210802001007"),
                    GridKind.BASE,
                    lone,
                    1,
                    1))
        .isInstanceOf(IllegalArgumentException.class);
    InvalidAtlasException e =
        refused(
            AtlasJson.reader(),
            HEAD + ", \"workers\": [{\"id\": \"w-1\", \"name\": \"王\\ud800\"}]}");
    assertThat(Where.of(e.problems())).containsExactly("INVALID_VALUE at $.workers[0].name");
    InvalidAtlasException csv =
        catchThrowableOfType(
            InvalidAtlasException.class,
            () -> DivisionCsv.reader().read("code,name,parentCode,level\n21,辽宁\uD800,,province\n"));
    assertThat(csv.problems()).extracting(Problem::kind).containsExactly(ProblemKind.INVALID_VALUE);
  }

  @Test
  void retiredCodesThatSucceedEachOtherInACircleAreRefused() {
    // the reproducer: 002 -> 003 and 003 -> 002 were accepted and currentGrids returned []
    Atlas.Builder b =
        TestAtlases.zhanqian()
            .retireGrid(
                GridCode.parse("210802001007902"), List.of(GridCode.parse("210802001007903")))
            .retireGrid(
                GridCode.parse("210802001007903"), List.of(GridCode.parse("210802001007902")));
    InvalidAtlasException e = catchThrowableOfType(InvalidAtlasException.class, b::build);
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemKind.CYCLE);
              assertThat(p.message())
                  .contains("210802001007902 -> 210802001007903 -> 210802001007902");
            });
    assertThat(LocalDate.of(2022, 12, 10)).isNotNull();
  }

  @Test
  void aLongChainOfRetiredCodesIsCheckedWithoutDeepRecursion() {
    // The reproducer: 3,000 retirements g0 -> g1 -> ... -> g3000 overflowed the stack in the cycle
    // check; the only problem is the unknown successor at the chain's end.
    int n = 100_000;
    StringBuilder json = new StringBuilder(HEAD).append(", \"retiredGrids\": [");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"code\":\"g")
          .append(i)
          .append("\",\"successors\":[\"g")
          .append(i + 1)
          .append("\"]}");
    }
    json.append("]}");
    AtlasJsonReader reader =
        AtlasJson.reader().withLimits(AtlasJsonReader.DEFAULT_LIMITS.withMaxInputLength(16 << 20));
    InvalidAtlasException e = refused(reader, json.toString());
    assertThat(e).isNotNull();
    assertThat(Where.withMessages(e.problems()))
        .containsExactly(
            "UNKNOWN_GRID at $.retiredGrids[99999].successors[0]: successor g100000 of retired"
                + " code g99999 is neither in the atlas nor retired");
  }
}
