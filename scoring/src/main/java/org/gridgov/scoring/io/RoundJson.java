package org.gridgov.scoring.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.gridgov.core.io.ReadLimits;
import org.gridgov.scoring.vote.Round;

/**
 * The JSON form of a {@link Round}, {@code gridgov-vote-round/1}: one object with the round's id,
 * name, zone, window, channels, caps, detectors, seats, score rule, tie-break chain and candidates.
 *
 * <pre>{@code
 * {
 *   "format": "gridgov-vote-round/1",
 *   "id": "yingkou-2022-1",
 *   "name": "营口市最美网格员评选 第一期",
 *   "zone": "Asia/Shanghai",
 *   "start": "2022-11-01T00:00:00+08:00",
 *   "end": "2022-12-31T00:00:00+08:00",
 *   "channels": ["wechat", "app"],
 *   "rules": {"votesPerVoterPerDay": 5, "votesPerCandidatePerDay": 1, "choicesPerBallot": 1,
 *             "minInterval": "PT1M", "perIp": {"max": 1, "window": "PT5M"}},
 *   "detectors": {"ipBurst": {"max": 30, "window": "PT10M"}, "votersPerDevice": 5,
 *                 "candidateSurge": {"factor": 8, "minBallots": 200, "period": "PT1H",
 *                                    "baselinePeriods": 72}},
 *   "seats": {"count": 20, "regions": [{"district": "210802", "min": 2, "max": 6}]},
 *   "scoring": {"kind": "WEIGHTED", "online": 40, "panel": 60},
 *   "tieBreaks": ["EARLIER_ROUND", "PANEL_SCORE", "SEEDED_DRAW", "MANUAL"],
 *   "candidates": [
 *     {"id": "zq-001", "name": "王丽", "district": "210802", "grid": "210802001003001"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Required: {@code id}, {@code zone}, {@code start}, {@code end} (instants with an offset) and
 * {@code candidates}. Defaults: the name is the id; one channel {@code "online"}; 5 votes a day, 1
 * per candidate, 1 choice, no minimum interval and no IP or device limit; no detectors; 1 seat; the
 * vote count as score ({@code "VOTES_ONLY"}); {@code "BANDED"} takes {@code bands} of {@code
 * minVotes} and {@code points} and an optional {@code panel} weight; the tie-break chain above.
 * Unknown fields are problems. Every problem is reported with its JSON path ({@link
 * org.gridgov.scoring.vote.InvalidRoundException}): malformed values where they are, and the
 * round's own checks (duplicate candidates, regional minimums beyond the seats, …) at the field
 * they concern. {@code read(write(r))} equals {@code r}.
 */
public final class RoundJson {
  /**
   * The default limits: 64 MiB (a round of 100,000 candidates is about 10 MiB), depth 32, strings
   * of 64 Ki characters, 1,000,000 elements, 1,000 problems.
   */
  public static final ReadLimits DEFAULT_LIMITS =
      new ReadLimits(64L << 20, 32, 64 * 1024, 1_000_000, ReadLimits.DEFAULT_MAX_PROBLEMS);

  private static final ObjectMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private RoundJson() {}

  /**
   * The reader with the default limits.
   *
   * @return the reader
   */
  public static RoundJsonReader reader() {
    return RoundJsonReader.DEFAULT;
  }

  /**
   * The round as JSON, indented.
   *
   * @param round the round
   * @return the JSON text
   */
  public static String write(Round round) {
    try {
      return PRETTY.writeValueAsString(VoteForms.round(checkNotNull(round, "round"))) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the round as JSON, indented; the writer is not closed.
   *
   * @param round the round
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Round round, Writer out) throws IOException {
    out.write(write(round));
  }
}
