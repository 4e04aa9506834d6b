package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's case-clock section quotes the clock example, and the example runs. */
class ReadmeClockTest {
  @Test
  void theClockSectionQuotesTheClockExample() throws IOException {
    assertThat(ReadmeTest.readme().replaceAll("\\s+", " "))
        .contains(ReadmeTest.snippet("ClockExample.java", "clock").replaceAll("\\s+", " "));
  }

  @Test
  void theClockExampleRuns() {
    // the article's Saturday 2022-12-10 drain in 站前区 under 数字站前 (3/24/36/48 clock hours)
    assertThat(ClockExample.run())
        .containsExactly(
            "RUNNING 2022-12-11T02:00:00Z PT2H",
            "Alert[at=2022-12-10T14:00:00Z, kind=YELLOW, milestone=Optional[resolve]]",
            "true 1 -",
            "1 建丰街道 1");
  }
}
