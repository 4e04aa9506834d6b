package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.io.Theories.qt;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionKind;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.TestAtlases;
import org.gridgov.core.Where;
import org.junit.jupiter.api.Test;

class DivisionCsvProperties {
  private static final List<String> COLUMNS = List.of("code", "name", "parentCode", "level");
  private static final String[] NAME_DECORATIONS = {"", ",", "\"", "\"\"", " ", "，", "、", "'"};

  /** One CSV text written from divisions with random layout choices. */
  private static final class Writer {
    final Random r;
    final List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
    final String eol;
    final StringBuilder out = new StringBuilder();
    int line;

    Writer(Random r) {
      this.r = r;
      Collections.shuffle(order, r);
      this.eol = r.nextBoolean() ? "\n" : "\r\n";
      if (r.nextInt(4) == 0) {
        out.append('\uFEFF');
      }
      List<String> header = new ArrayList<>();
      for (int c : order) {
        header.add(COLUMNS.get(c));
      }
      endLine(String.join(",", header));
    }

    /** Writes a line and maybe blank lines after it; returns the line's number. */
    @CanIgnoreReturnValue
    int endLine(String text) {
      out.append(text).append(eol);
      line++;
      int written = line;
      while (r.nextInt(6) == 0) {
        out.append(r.nextBoolean() ? "" : " \t").append(eol);
        line++;
      }
      return written;
    }

    /** Writes a row; returns its line. */
    @CanIgnoreReturnValue
    int row(String code, String name, String parentCode, String level) {
      String[] values = {code, name, parentCode, level};
      List<String> fields = new ArrayList<>();
      for (int c : order) {
        fields.add(field(values[c]));
      }
      return endLine(String.join(",", fields));
    }

    String field(String value) {
      boolean mustQuote = value.contains(",") || value.contains("\"");
      if (mustQuote || r.nextInt(3) == 0) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
      }
      return value;
    }

    String text() {
      String text = out.toString();
      // sometimes no newline after the last line
      return r.nextBoolean() && text.endsWith(eol)
          ? text.substring(0, text.length() - eol.length())
          : text;
    }
  }

  private static String level(Division d) {
    return d.level().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The parent's code as a dataset may write it: short, padded to 6 digits or to 12. */
  private static String parentText(Random r, Division d) {
    return d.code()
        .parent()
        .map(
            p -> {
              int form = r.nextInt(3);
              if (form == 1 && p.level().digits() <= 6) {
                return p.toPaddedString().substring(0, 6);
              }
              return form == 2 ? p.toPaddedString() : p.toString();
            })
        .orElse("");
  }

  /** The random atlases' divisions with awkward names and no urban–rural class (CSV has none). */
  private static List<Division> divisions(Random r) {
    List<Division> result = new ArrayList<>();
    for (Division d : TestAtlases.divisions(TestAtlases.random(r))) {
      String decoration = NAME_DECORATIONS[r.nextInt(NAME_DECORATIONS.length)];
      String name = r.nextBoolean() ? d.name() + decoration + "区" : decoration + d.name();
      result.add(Division.of(d.code(), name));
    }
    return result;
  }

  @Test
  void writingDivisionsAsCsvAndReadingThemBackGivesTheSameDivisions() {
    qt().withExamples(300)
        .forAll(TestAtlases.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<Division> divisions = divisions(r);
              Writer w = new Writer(r);
              int padded = 0;
              for (Division d : divisions) {
                w.row(d.code().toString(), d.name(), parentText(r, d), level(d));
                boolean cityWithoutCounties =
                    d.kind() == DivisionKind.CITY
                        && divisions.stream()
                            .anyMatch(
                                t ->
                                    t.level() == DivisionLevel.TOWN
                                        && t.code().parent().orElseThrow().equals(d.code()));
                if (cityWithoutCounties) {
                  // the datasets' padded county row: same code, six digits, level county
                  w.row(
                      d.code().toPaddedString().substring(0, 6),
                      d.name(),
                      d.code().toString(),
                      "county");
                  padded++;
                }
              }
              CsvOutcome result = CsvOutcome.of(DivisionCsv.reader(), w.text());
              assertThat(result.problems()).as("seed %s\n%s", seed, w.text()).isEmpty();
              assertThat(result.divisions()).isEqualTo(divisions);
              assertThat(result.notes()).hasSize(padded);
            });
  }

  @Test
  void aPlantedRowProblemIsReportedAtItsLineAndNothingElseIs() {
    qt().withExamples(300)
        .forAll(TestAtlases.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<Division> divisions = divisions(r);
              // plant in a leaf, so that no other row depends on the planted one
              List<Division> leaves =
                  divisions.stream()
                      .filter(
                          d ->
                              divisions.stream()
                                  .noneMatch(
                                      x ->
                                          x.code()
                                              .parent()
                                              .equals(java.util.Optional.of(d.code()))))
                      .toList();
              Division target = leaves.get(r.nextInt(leaves.size()));
              int kind = r.nextInt(6);
              Writer w = new Writer(r);
              String expected = null;
              for (Division d : divisions) {
                String code = d.code().toString();
                String name = d.name();
                String parent = parentText(r, d);
                String level = level(d);
                if (!d.equals(target)) {
                  w.row(code, name, parent, level);
                  continue;
                }
                switch (kind) {
                  case 0 -> {
                    int line = w.row(code + "0", name, parent, level);
                    expected = "MALFORMED_CODE at line " + line + ", column " + col(w, 0);
                  }
                  case 1 -> {
                    String other = d.level() == DivisionLevel.TOWN ? "village" : "town";
                    int line = w.row(code, name, parent, other);
                    expected = "LEVEL_MISMATCH at line " + line + ", column " + col(w, 3);
                  }
                  case 2 -> {
                    int line =
                        w.row(code, name, d.level() == DivisionLevel.PROVINCE ? "11" : "", level);
                    expected = "LEVEL_MISMATCH at line " + line + ", column " + col(w, 2);
                  }
                  case 3 -> {
                    w.row(code, name, parent, level);
                    int line = w.row(code, name + "又", parent, level);
                    expected = "DUPLICATE_CODE at line " + line + ", column " + col(w, 0);
                  }
                  case 4 -> {
                    int line = w.endLine(code + "," + w.field(name) + "," + parent);
                    expected = "MALFORMED_INPUT at line " + line;
                  }
                  default -> {
                    String[] values = {
                      code, "\"" + name.replace("\"", "\"\"") + "x\"", parent, level
                    };
                    List<String> fields = new ArrayList<>();
                    for (int c : w.order) {
                      fields.add(
                          c == 1
                              ? values[1].substring(0, values[1].length() - 2) + "\"x"
                              : w.field(values[c]));
                    }
                    int line = w.endLine(String.join(",", fields));
                    expected = "MALFORMED_INPUT at line " + line + ", column " + col(w, 1);
                  }
                }
              }
              CsvOutcome result = CsvOutcome.of(DivisionCsv.reader(), w.text());
              assertThat(result.problems())
                  .as("seed %s kind %s\n%s", seed, kind, w.text())
                  .extracting(p -> p.kind() + " at " + Where.of(p.location()))
                  .containsExactly(expected);
            });
  }

  /** The 1-based column of a field in the writer's column order. */
  private static int col(Writer w, int field) {
    return w.order.indexOf(field) + 1;
  }
}
