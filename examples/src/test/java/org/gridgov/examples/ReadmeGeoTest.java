package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's geo section quotes the geo example, and the example runs. */
class ReadmeGeoTest {
  @Test
  void theGeoSectionQuotesTheGeoExample() throws IOException {
    assertThat(ReadmeTest.readme().replaceAll("\\s+", " "))
        .contains(ReadmeTest.snippet("GeoExample.java", "geo").replaceAll("\\s+", " "));
  }

  @Test
  void theGeoExampleRuns() {
    // the photo falls in 富强社区's second grid, whose community has a heating liaison; the point
    // in the sea west of 鲅鱼圈 is in no grid; the synthetic set is clean
    assertThat(GeoExample.run())
        .containsExactly(
            "INSIDE 210802001005002",
            "ANSWERED 210802001005",
            "OUTSIDE 210804100209003",
            "0 problems");
  }
}
