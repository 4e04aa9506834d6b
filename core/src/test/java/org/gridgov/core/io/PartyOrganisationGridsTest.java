package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.Where;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A party organisation's {@code grids} and a retirement's {@code successors} as the reader
 * assembles them: in time linear in the list, with a bounded number of excuses and stand-ins
 * however many entries are unusable.
 */
class PartyOrganisationGridsTest {
  private static final String HEAD = "{\"format\": \"gridgov-atlas/1\", \"asOf\": \"2022-12-10\"";

  /** An element of fixed values that counts what the form excuses and reports. */
  private static final class Counting implements AtlasForm.Element {
    final @Nullable Object[] raw;
    final List<String> excused = new ArrayList<>();
    int problems;

    Counting(@Nullable Object... raw) {
      this.raw = raw;
    }

    @Override
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    public <V> @Nullable V get(int i) {
      return (V) raw[i];
    }

    @Override
    public boolean given(int i) {
      return raw[i] != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V orStandIn(int i, V standIn) {
      Object v = raw[i];
      return v == null ? standIn : (V) v;
    }

    @Override
    public void excuse(String field) {
      excused.add(field);
    }

    @Override
    public void problem(ProblemKind kind, String field, String message) {
      problems++;
    }

    @Override
    public int index() {
      return 0;
    }
  }

  @Test
  void repeatedGridsKeepABoundedNumberOfExcusesAndStandIns() {
    // the reproducer: 2,000,000 repeats of "g1" made an excuse and a stand-in each (~1.1 GB)
    int n = 200_000;
    List<GridCode> listed = Collections.nCopies(n, GridCode.parse("g1"));
    Counting e = new Counting("p", "支部", null, listed);
    PartyOrganisation org =
        Objects.requireNonNull(AtlasForm.PARTY_ORGANISATION.assembler().assemble(e));
    assertThat(e.problems).as("every repeat is reported").isEqualTo(n - 1);
    assertThat(e.excused).hasSize(AtlasForm.MAX_EXCUSED_ENTRIES + 1).contains("grids", "grids[1]");
    assertThat(org.grids()).hasSize(AtlasForm.MAX_EXCUSED_ENTRIES + 1);
  }

  @Test
  void unusableSuccessorsKeepABoundedNumberOfExcuses() {
    int n = 200_000;
    List<@Nullable GridCode> listed = new ArrayList<>(Collections.nCopies(n, null));
    Counting e = new Counting(GridCode.parse("g1"), listed);
    var retirement = Objects.requireNonNull(AtlasForm.RETIRED_GRID.assembler().assemble(e));
    assertThat(e.excused).hasSize(AtlasForm.MAX_EXCUSED_ENTRIES + 1).contains("successors");
    assertThat(retirement.getValue()).hasSize(AtlasForm.MAX_EXCUSED_ENTRIES);
  }

  @Test
  void distinctUnknownGridsAreCheckedInLinearTime() {
    // the reproducer: 100,000 distinct unknown grids took 16.6 s (a list searched per entry); at
    // 200,000 that would be about a minute, linear it is well under a second
    int n = 200_000;
    StringBuilder json =
        new StringBuilder(HEAD)
            .append(", \"partyOrganisations\": [{\"id\": \"p\", \"name\": \"支部\",")
            .append(" \"kind\": \"GRID_BRANCH\", \"grids\": [");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("\"g").append(i).append('"');
    }
    json.append("]}]}");
    InvalidAtlasException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                catchThrowableOfType(
                    InvalidAtlasException.class, () -> AtlasJson.reader().read(json.toString())));
    assertThat(e.problems()).hasSize(ReadLimits.DEFAULT_MAX_PROBLEMS);
    assertThat(e.problems().size() + e.omittedProblems()).isEqualTo(n);
    assertThat(Where.withMessages(e.problems().subList(0, 1)))
        .containsExactly(
            "UNKNOWN_GRID at $.partyOrganisations[0].grids[0]: party organisation \"p\" covers grid"
                + " g0, which is not in the atlas");
  }

  @Test
  void aFewRepeatsAreEachReportedAndExcusedAndTheRestStillChecked() {
    String json =
        HEAD
            + ", \"partyOrganisations\": [{\"id\": \"p\", \"name\": \"支部\","
            + " \"kind\": \"GRID_BRANCH\", \"grids\": [\"g1\", \"g1\", \"g2\"]}]}";
    InvalidAtlasException e =
        catchThrowableOfType(InvalidAtlasException.class, () -> AtlasJson.reader().read(json));
    assertThat(e.problems()).extracting(Problem::kind).hasSize(3);
    assertThat(Where.withMessages(e.problems()))
        .containsExactly(
            "UNKNOWN_GRID at $.partyOrganisations[0].grids[0]: party organisation \"p\" covers grid"
                + " g1, which is not in the atlas",
            "INVALID_VALUE at $.partyOrganisations[0].grids[1]: grid g1 is listed twice (first at"
                + " grids[0])",
            "UNKNOWN_GRID at $.partyOrganisations[0].grids[2]: party organisation \"p\" covers grid"
                + " g2, which is not in the atlas");
  }
}
