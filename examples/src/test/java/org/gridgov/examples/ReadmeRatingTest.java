package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's star-rating section quotes the rating example, and the example runs. */
class ReadmeRatingTest {
  @Test
  void theRatingSectionQuotesTheRatingExample() throws IOException {
    assertThat(ReadmeTest.readme().replaceAll("\\s+", " "))
        .contains(ReadmeTest.snippet("RatingExample.java", "rating").replaceAll("\\s+", " "));
  }

  @Test
  void theRatingExampleRuns() {
    // 100 − 1.5 − 2 = 96.5: five stars by score with the innovation project, capped at three
    assertThat(RatingExample.run())
        .containsExactly(
            "96.5 5 3",
            "0 false [safety]",
            "[org-17/rules-1, org-17/sup-1, org-17/veto/safety]",
            "4 3");
  }
}
