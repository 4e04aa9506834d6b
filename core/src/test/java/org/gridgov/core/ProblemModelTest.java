package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemModelTest {
  /** A format's exception, as each module defines its own. */
  static final class Refused extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    Refused(List<Problem> problems, long omitted) {
      super("invalid thing", problems, omitted);
    }
  }

  @Test
  void locationsPrintInTheirUsualForms() {
    assertThat(Location.json()).hasToString("$");
    assertThat(Location.json().field("grids").index(17).field("unit"))
        .hasToString("$.grids[17].unit");
    assertThat(Location.json().field("weekly").field("星期一")).hasToString("$.weekly['星期一']");
    assertThat(Location.json().field("a'b")).hasToString("$['a\\'b']");
    assertThat(Location.json().field("grids").index(3).at(40, 15))
        .hasToString("$.grids[3] (line 40, column 15)");
    assertThat(Location.text(12, 3)).hasToString("line 12, column 3");
    assertThat(Location.line(12)).hasToString("line 12");
    assertThat(Location.change(2).field("newParent")).hasToString("changes[2].newParent");
    assertThat(Location.element("grids", 17).field("unit")).hasToString("grids[17].unit");
    assertThat(Location.element("asOf")).hasToString("asOf");
    assertThat(Location.json().field("days").index(3).in("2024.json"))
        .hasToString("2024.json: $.days[3]");
  }

  @Test
  void narrowingKeepsTheCaseAndDropsThePosition() {
    Location.JsonPath at = Location.json().field("grids").at(4, 7);
    assertThat(at.field("x").line()).isZero();
    assertThat(Location.text(3, 0).field("name")).isEqualTo(Location.text(3, 0));
    assertThat(Location.json().index(1).in("a.json").field("b"))
        .isEqualTo(Location.json().index(1).field("b").in("a.json"));
    assertThat(Location.json().in("a").in("b")).isEqualTo(Location.json().in("b"));
    assertThat(Location.element("grids", 1).toJsonPath())
        .isEqualTo(Location.json().field("grids").index(1));
    assertThat(
            Location.json()
                .field("grids")
                .index(1)
                .field("unit")
                .startsWith(Location.json().field("grids").index(1)))
        .isTrue();
    assertThat(Location.json().field("grids").startsWith(Location.json().field("grids").index(1)))
        .isFalse();
  }

  @Test
  void kindsNameTheCases() {
    assertThat(Location.json().kind()).isEqualTo(Location.Kind.JSON_PATH);
    assertThat(Location.line(1).kind()).isEqualTo(Location.Kind.TEXT);
    assertThat(Location.change(0).kind()).isEqualTo(Location.Kind.CHANGE);
    assertThat(Location.element("grids", 0).kind()).isEqualTo(Location.Kind.ELEMENT);
    assertThat(Location.line(1).in("f").kind()).isEqualTo(Location.Kind.IN_SOURCE);
  }

  @Test
  void badLocationsAreRefused() {
    assertThatThrownBy(() -> Location.line(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.text(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.change(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathSegment.index(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Location.Element(List.of(PathSegment.index(0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longMessagesAndNamesAreCut() {
    String huge = "x".repeat(5_000_000);
    Problem p = Problem.of(ProblemKind.INVALID_VALUE, Location.json().field(huge), huge);
    assertThat(p.message()).hasSizeLessThan(Problem.MAX_MESSAGE_LENGTH + 40);
    assertThat(p.message()).endsWith("(4999000 more characters)");
    assertThat(p.toString()).hasSizeLessThan(1500);
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(Problem.MAX_MESSAGE_LENGTH - 1) + "😀😀";
    Problem p = Problem.of(ProblemKind.INVALID_VALUE, Location.json(), text);
    assertThat(Character.isHighSurrogate(p.message().charAt(Problem.MAX_MESSAGE_LENGTH - 2)))
        .isFalse();
  }

  @Test
  void exceptionMessagesStaySmall() {
    List<Problem> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(Problem.of(ProblemKind.INVALID_VALUE, Location.line(i + 1), "y".repeat(3000)));
    }
    Refused e = new Refused(many, 9_000);
    assertThat(e.getMessage()).startsWith("invalid thing: 10000 problems");
    assertThat(e.getMessage()).endsWith("... and 9980 more");
    assertThat(String.valueOf(e.getMessage()).length()).isLessThan(25_000);
    assertThat(e.problems()).hasSize(1000);
    assertThat(e.omittedProblems()).isEqualTo(9_000);
    assertThatThrownBy(() -> new Refused(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(
            Problem.of(ProblemKind.CYCLE, Location.change(1), "m"),
            new Problem(ProblemKind.CYCLE, Location.change(1), "m"))
        .addEqualityGroup(Problem.of(ProblemKind.CYCLE, Location.change(2), "m"))
        .addEqualityGroup(Location.json().field("a"), Location.json().field("a"))
        .addEqualityGroup(Location.json().field("a").at(1, 2))
        .addEqualityGroup(Location.element("a"))
        .testEquals();
    NullPointerTester npt = new NullPointerTester().setDefault(Location.class, Location.json());
    npt.testAllPublicStaticMethods(Location.class);
    npt.testAllPublicStaticMethods(Problem.class);
    npt.testAllPublicInstanceMethods(Location.json());
    npt.testAllPublicInstanceMethods(Problem.of(ProblemKind.CYCLE, Location.change(1), "m"));
  }
}
