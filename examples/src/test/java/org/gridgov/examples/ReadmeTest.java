package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's code is the examples' code, and the examples run. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** The lines between the README markers of an example source file, without indentation. */
  static String snippet(String file, String name) throws IOException {
    String source =
        Files.readString(ROOT.resolve("examples/src/main/java/org/gridgov/examples/" + file));
    Matcher m =
        Pattern.compile(
                "// README:" + name + "-begin\\n(.*?)\\n\\s*// README:" + name + "-end",
                Pattern.DOTALL)
            .matcher(source);
    assertThat(m.find()).as("markers for %s in %s", name, file).isTrue();
    return m.group(1).stripIndent().strip();
  }

  @Test
  void theCoreSectionQuotesTheCoreExample() throws IOException {
    assertThat(normalise(readme())).contains(normalise(snippet("AtlasExample.java", "core")));
  }

  @Test
  void theCoreExampleRuns() {
    assertThat(AtlasExample.run())
        .containsExactly(
            "households 296",
            "heating -> 李供暖",
            "三楼 now [210802003001]",
            "DIVISION MOVED 210802001007 -> 210802003001");
  }

  @Test
  void theSlaSectionQuotesTheCalendarExample() throws IOException {
    assertThat(normalise(readme())).contains(normalise(snippet("CalendarExample.java", "sla")));
  }

  @Test
  void theCalendarExampleRuns() {
    // 国务院办公厅关于2024年部分节假日安排的通知: 2024-02-10..17 off, Sunday 02-18 worked,
    // https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm
    assertThat(CalendarExample.run())
        .containsExactly(
            "2024-02-20T16:30:00+08:00[Asia/Shanghai]",
            "2024-02-22T17:30:00+08:00[Asia/Shanghai]",
            "PT11H30M",
            "2024-02-09T18:00:00+08:00[Asia/Shanghai]");
  }

  @Test
  void theQuickStartCommandsAreTheOnesCiRuns() throws IOException {
    String readme = readme();
    assertThat(readme).contains("mvn -B verify");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("mvn -B verify");
    assertThat(readme).contains("mvn -B -q -pl examples -am compile exec:java -Dexec.args=demo");
  }

  @Test
  void everyExceptionTheReadmeNamesExists() throws IOException {
    // the README named an InvalidCalendarException that no module has (sla's is
    // CalendarFormatException)
    Matcher m = Pattern.compile("`([A-Z][A-Za-z]*Exception)`").matcher(readme());
    List<String> named = new ArrayList<>();
    while (m.find()) {
      named.add(m.group(1));
    }
    assertThat(named).contains("InvalidAtlasException", "CalendarFormatException");
    for (String name : named) {
      assertThat(isJdkException(name) || isGridgovClass(name))
          .as("%s, named in the README, is a JDK or gridgov exception", name)
          .isTrue();
    }
  }

  private static boolean isJdkException(String name) {
    for (String pkg : new String[] {"java.lang.", "java.io.", "java.util."}) {
      try {
        Class.forName(pkg + name);
        return true;
      } catch (ClassNotFoundException e) {
        // not in this package
      }
    }
    return false;
  }

  private static boolean isGridgovClass(String name) throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.anyMatch(
          p ->
              p.getFileName().toString().equals(name + ".java")
                  && p.toString().contains("src" + java.io.File.separator + "main"));
    }
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
