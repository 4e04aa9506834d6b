package org.gridgov.benchmarks.vote;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.Round;

/**
 * What a platform hand-writes: string keys in hash maps, {@code voter|day} for the daily cap,
 * {@code voter|day|candidate} for the per-candidate cap, a set of {@code voter|day|id} to dedupe,
 * counts per candidate in a map; maps cleared at each new day (a charitable naive version: it keeps
 * one day, as ours does).
 */
final class NaiveTally {
  private final Round round;
  private final Map<String, Integer> daily = new HashMap<>();
  private final Map<String, Integer> perCandidate = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Long> votes = new HashMap<>();
  private LocalDate day = LocalDate.MIN;
  long accepted;

  NaiveTally(Round round) {
    this.round = round;
  }

  void ingest(Ballot b) {
    LocalDate d = LocalDate.ofInstant(b.at(), round.zone());
    if (!d.equals(day)) {
      day = d;
      daily.clear();
      perCandidate.clear();
      seen.clear();
    }
    String voterDay = b.voter().toString() + "|" + d;
    if (!seen.add(voterDay + "|" + b.id())) {
      return;
    }
    int today = daily.getOrDefault(voterDay, 0);
    if (today + b.choices().size() > round.rules().votesPerVoterPerDay()) {
      return;
    }
    for (String c : b.choices()) {
      if (perCandidate.getOrDefault(voterDay + "|" + c, 0) + 1
          > round.rules().votesPerCandidatePerDay()) {
        return;
      }
    }
    daily.put(voterDay, today + b.choices().size());
    for (String c : b.choices()) {
      perCandidate.merge(voterDay + "|" + c, 1, Integer::sum);
      votes.merge(c, 1L, Long::sum);
    }
    accepted++;
  }
}
