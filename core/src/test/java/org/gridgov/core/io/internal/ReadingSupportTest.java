package org.gridgov.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.junit.jupiter.api.Test;

class ReadingSupportTest {
  private static final ReadLimits LIMITS = ReadLimits.SMALL_DOCUMENT;

  static final class Refused extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    Refused(List<Problem> problems, long omitted) {
      super("refused", problems, omitted);
    }
  }

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[3];
    int n;
    while ((n = r.read(buf, 0, buf.length)) >= 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static InputStream bytes(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  @Test
  void aNullArrayElementIsOneProblemAtItsIndex() throws IOException {
    // a null element used to read as an absent value: no problem, and a reader went on without one
    JsonNode node =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"a\": [\"x\", null]}");
    ProblemList problems = new ProblemList(10);
    List<JsonCursor> elements = JsonCursor.root(node, problems, 10).field("a").elements();
    assertThat(elements).hasSize(2);
    assertThat(problems.kept())
        .extracting(p -> p.kind() + " " + p.location() + ": " + p.message())
        .containsExactly("INVALID_VALUE $.a[1]: an array element must not be null");
    // the getters of the null element add nothing more
    JsonCursor nul = elements.get(1);
    assertThat(nul.string()).isEmpty();
    assertThat(nul.required()).isEmpty();
    assertThat(nul.expectObject(Set.of("k"), Set.of("k"))).isFalse();
    assertThat(problems.kept()).hasSize(1);
    assertThat(elements.get(0).string()).contains("x");
  }

  @Test
  void utf8IsDecodedAndABomSkipped() throws IOException {
    byte[] text = "\uFEFF三楼\n社区".getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(TextInput.utf8(bytes(text), 100))).isEqualTo("三楼\n社区");
    assertThat(readAll(TextInput.limited(new StringReader("\uFEFFabc"), 3))).isEqualTo("abc");
  }

  @Test
  void aBadByteIsReportedAtItsLineAndColumn() {
    // 900 lines, then a stray 0xFF in the middle of line 901 (after "ab")
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 900; i++) {
      sb.append("第").append(i).append("行\n");
    }
    byte[] head = (sb + "ab").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 3];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xFF;
    all[head.length + 1] = 'c';
    all[head.length + 2] = '\n';
    assertThatThrownBy(() -> readAll(TextInput.utf8(bytes(all), 1 << 20)))
        .isInstanceOfSatisfying(
            TextInput.Malformed.class,
            m -> {
              assertThat(m.line()).isEqualTo(901);
              assertThat(m.column()).isEqualTo(3);
            });
  }

  @Test
  void crlfAndLoneCrCountAsOneLineEnd() {
    byte[] all = {'a', '\r', '\n', 'b', '\r', 'c', '\n', (byte) 0xC3};
    assertThatThrownBy(() -> readAll(TextInput.utf8(bytes(all), 100)))
        .isInstanceOfSatisfying(TextInput.Malformed.class, m -> assertThat(m.line()).isEqualTo(4));
  }

  @Test
  void theLengthLimitIsExact() throws IOException {
    assertThat(readAll(TextInput.utf8(bytes(new byte[] {'a', 'b', 'c'}), 3))).isEqualTo("abc");
    assertThatThrownBy(() -> readAll(TextInput.utf8(bytes(new byte[] {'a', 'b', 'c', 'd'}), 3)))
        .isInstanceOf(TextInput.TooLong.class)
        .hasMessage("input longer than the limit of 3 bytes");
    assertThat(readAll(TextInput.limited(new StringReader("abc"), 3))).isEqualTo("abc");
    assertThatThrownBy(() -> readAll(TextInput.limited(new StringReader("abcd"), 3)))
        .isInstanceOf(TextInput.TooLong.class);
  }

  @Test
  void loneSurrogatesAreNotWellFormed() {
    assertThat(TextInput.isWellFormed("三楼😀")).isTrue();
    assertThat(TextInput.isWellFormed("a\uD800")).isFalse();
    assertThat(TextInput.isWellFormed("\uDC00a")).isFalse();
    assertThat(TextInput.isWellFormed("\uD800\uD800\uDC00")).isFalse();
  }

  @Test
  void problemsAreCappedAndCounted() {
    ProblemList list = new ProblemList(3);
    for (int i = 0; i < 10; i++) {
      list.add(ProblemKind.INVALID_VALUE, Location.line(i + 1), "bad");
    }
    assertThat(list.kept()).hasSize(3);
    assertThat(list.omitted()).isEqualTo(7);
    assertThat(list.count()).isEqualTo(10);
    assertThat(list.isFull()).isTrue();
    Refused e = list.failure(Refused::new);
    assertThat(e.omittedProblems()).isEqualTo(7);
    assertThat(e.getMessage()).contains("10 problems");
  }

  @Test
  void aSourceIsPutOnEveryLocation() {
    ProblemList list = new ProblemList(10).inSource("a.json");
    list.add(ProblemKind.INVALID_VALUE, Location.json().field("x"), "bad");
    assertThat(list.kept().get(0).location()).hasToString("a.json: $.x");
  }

  private static Problem onlyProblem(String json) {
    ProblemList problems = ProblemList.of(LIMITS);
    JsonNode node = new JsonTrees(LIMITS).read(json, problems);
    assertThat(node).isNull();
    assertThat(problems.kept()).hasSize(1);
    return problems.kept().get(0);
  }

  @Test
  void oneDocumentHoldsOneValue() {
    Problem p = onlyProblem("{\"a\": 1}\n{\"b\": 2}");
    assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
    assertThat(p.location()).isEqualTo(Location.json().at(2, 1));
    assertThat(onlyProblem("{\"a\": 1} garbage").kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
    assertThat(onlyProblem("   ").message()).contains("empty input");
  }

  @Test
  void syntaxErrorsAreLocatedByPathLineAndColumn() {
    Problem p = onlyProblem("{\"grids\": [\n  {\"code\": 1,, }]}");
    assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
    Location.JsonPath at = (Location.JsonPath) p.location();
    assertThat(at.line()).isEqualTo(2);
    assertThat(at.column()).isGreaterThan(1);
    assertThat(at.toString()).startsWith("$.grids[0]");
  }

  @Test
  void limitsAreTyped() {
    ReadLimits tight = LIMITS.withMaxDepth(3).withMaxStringLength(16);
    ProblemList problems = ProblemList.of(tight);
    assertThat(new JsonTrees(tight).read("[[[[1]]]]", problems)).isNull();
    assertThat(problems.kept().get(0).kind()).isEqualTo(ProblemKind.INPUT_TOO_LARGE);
    assertThat(problems.kept().get(0).message()).contains("limit of 3 levels");
    problems = ProblemList.of(tight);
    assertThat(new JsonTrees(tight).read("{\"a\": \"" + "x".repeat(40) + "\"}", problems)).isNull();
    assertThat(problems.kept().get(0).message())
        .isEqualTo("a string of 40 characters, more than the limit of 16");
    assertThat(problems.kept().get(0).location().toString()).startsWith("$.a");
  }

  @Test
  void duplicateFieldsAreMalformed() {
    assertThat(onlyProblem("{\"a\": 1, \"a\": 2}").kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
  }

  @Test
  void theCursorLocatesEveryProblem() {
    ProblemList problems = ProblemList.of(LIMITS);
    JsonNode node =
        new JsonTrees(LIMITS)
            .read(
                "{\"id\": \" \", \"budget\": \"PT3X\", \"n\": 2.5, \"at\": \"2022-12-10T09:30+08:00\","
                    + " \"list\": [1, \"x\"], \"extra\": true, \"s\": \"\\ud800\"}",
                problems);
    assertThat(node).isNotNull();
    JsonCursor root = JsonCursor.root(java.util.Objects.requireNonNull(node), problems, 10);
    assertThat(
            root.expectObject(
                Set.of("id", "budget", "n", "at", "list", "s", "missing"), Set.of("missing")))
        .isTrue();
    assertThat(root.field("id").name()).isEmpty();
    assertThat(root.field("budget").duration()).isEmpty();
    assertThat(root.field("n").intValue(0, 10)).isEmpty();
    assertThat(root.field("n").decimal())
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("2.5"));
    assertThat(root.field("at").instant()).contains(Instant.parse("2022-12-10T01:30:00Z"));
    assertThat(root.field("list").elements().get(1).intValue(0, 9)).isEmpty();
    assertThat(root.field("s").string()).isEmpty();
    assertThat(root.field("absent").duration()).isEmpty();
    assertThat(problems.kept())
        .extracting(q -> q.location().toString())
        .containsExactly("$.extra", "$.missing", "$.id", "$.budget", "$.n", "$.list[1]", "$.s");
    assertThat(Duration.ofHours(3)).isEqualTo(Duration.parse("PT3H"));
  }

  @Test
  void treeFormatsReadAllFourWays() throws IOException {
    TreeFormat<String, Refused> format =
        new TreeFormat<>(
            LIMITS,
            root -> {
              root.expectObject(Set.of("name"), Set.of("name"));
              return root.field("name").name().orElse(null);
            },
            Refused::new);
    assertThat(format.read("{\"name\": \"三楼\"}")).isEqualTo("三楼");
    assertThat(format.read(new StringReader("\uFEFF{\"name\": \"三楼\"}"))).isEqualTo("三楼");
    assertThat(format.read(bytes("{\"name\": \"三楼\"}".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("三楼");
    assertThatThrownBy(() -> format.read("{\"nam\": \"x\"}"))
        .isInstanceOfSatisfying(
            Refused.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::kind)
                    .containsExactly(ProblemKind.INVALID_VALUE, ProblemKind.MISSING_FIELD));
    byte[] bad = {'{', '"', 'n', (byte) 0xFF, '"', ':', '1', '}'};
    assertThatThrownBy(() -> format.read(bytes(bad)))
        .isInstanceOfSatisfying(
            Refused.class,
            e -> {
              assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.MALFORMED_INPUT);
              assertThat(e.problems().get(0).location().toString()).contains("line 1, column 4");
            });
  }

  @Test
  void linesAreNumberedAndCut() throws IOException {
    LineInput lines = new LineInput(new StringReader("ab\r\ncdefgh\rx\n\nlast"), 4);
    assertThat(lines.next()).isEqualTo("ab");
    assertThat(lines.number()).isEqualTo(1);
    assertThat(lines.next()).isEqualTo("cdef");
    assertThat(lines.wasCut()).isTrue();
    assertThat(lines.next()).isEqualTo("x");
    assertThat(lines.wasCut()).isFalse();
    assertThat(lines.next()).isEmpty();
    assertThat(lines.next()).isEqualTo("last");
    assertThat(lines.number()).isEqualTo(5);
    assertThat(lines.next()).isNull();
  }
}
