package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's vote section quotes the vote example, and the example runs. */
class ReadmeVoteTest {
  @Test
  void theVoteSectionQuotesTheVoteExample() throws IOException {
    assertThat(ReadmeTest.readme().replaceAll("\\s+", " "))
        .contains(ReadmeTest.snippet("VoteExample.java", "vote").replaceAll("\\s+", " "));
  }

  @Test
  void theVoteExampleRuns() {
    // The draw: SHA-256("2022-12-31 公开抽签\nzq-01") and of "…\nzq-02" as unsigned numbers, the
    // lower first; VoteResultTest checks the rule itself.
    assertThat(VoteExample.run())
        .containsExactly(
            "accepted 2",
            "refused 1",
            "winner " + VoteExample.run().get(2).substring("winner ".length()),
            "tie settled by SEEDED_DRAW",
            "digest 64 hex digits");
    assertThat(VoteExample.run().get(2)).isIn("winner zq-01", "winner zq-02");
  }
}
