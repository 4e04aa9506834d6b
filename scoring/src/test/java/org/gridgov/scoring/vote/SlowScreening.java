package org.gridgov.scoring.vote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The screening rules from their definitions, by brute force over all pairs of ballots. */
final class SlowScreening {
  private SlowScreening() {}

  static Map<String, FlagKind> flags(Round round, List<Ballot> input) {
    List<Ballot> ballots = new ArrayList<>();
    for (Ballot b : input) {
      if (round.contains(b.at())) {
        ballots.add(b);
      }
    }
    ballots.sort(SlowCount.ORDER);
    Map<String, FlagKind> flags = new HashMap<>();
    VoteRules rules = round.rules();
    Detectors d = round.detectors();
    rules.perIp().ifPresent(l -> limit(ballots, l, Ballot::ip, flags));
    rules.perDevice().ifPresent(l -> limit(ballots, l, Ballot::device, flags));
    d.ipBurst().ifPresent(l -> burst(ballots, l, Ballot::ip, flags));
    d.deviceBurst().ifPresent(l -> burst(ballots, l, Ballot::device, flags));
    d.votersPerDevice()
        .ifPresent(
            max -> {
              Map<String, Set<VoterKey>> voters = new HashMap<>();
              for (Ballot b : ballots) {
                b.device()
                    .ifPresent(
                        dev ->
                            voters
                                .computeIfAbsent(dev + "/" + day(round, b), k -> new HashSet<>())
                                .add(b.voter()));
              }
              for (Ballot b : ballots) {
                if (b.device().isPresent()
                    && voters.getOrDefault(b.device().get() + "/" + day(round, b), Set.of()).size()
                        > max) {
                  suspect(flags, b);
                }
              }
            });
    d.candidateSurge()
        .ifPresent(
            s -> {
              Map<String, Long> counts = new HashMap<>();
              for (Ballot b : ballots) {
                for (String c : b.choices()) {
                  counts.merge(c + "/" + period(round, s, b.at()), 1L, Long::sum);
                }
              }
              for (Ballot b : ballots) {
                long p = period(round, s, b.at());
                for (String c : b.choices()) {
                  long count = counts.getOrDefault(c + "/" + p, 0L);
                  long base = 0;
                  for (long q = p - s.baselinePeriods(); q < p; q++) {
                    base += counts.getOrDefault(c + "/" + q, 0L);
                  }
                  if (p >= s.baselinePeriods()
                      && count >= s.minBallots()
                      && count * s.baselinePeriods() > (long) s.factor() * base) {
                    suspect(flags, b);
                  }
                }
              }
            });
    return flags;
  }

  private static long period(Round round, Detectors.Surge s, Instant at) {
    return Duration.between(round.start(), at).toNanos() / s.period().toNanos();
  }

  private static LocalDate day(Round round, Ballot b) {
    return LocalDate.ofInstant(b.at(), round.zone());
  }

  private static void suspect(Map<String, FlagKind> flags, Ballot b) {
    flags.putIfAbsent(b.id(), FlagKind.SUSPECT);
  }

  private static void limit(
      List<Ballot> ballots,
      RateLimit l,
      Function<Ballot, Optional<String>> key,
      Map<String, FlagKind> flags) {
    List<Ballot> counted = new ArrayList<>();
    for (Ballot b : ballots) {
      Optional<String> k = key.apply(b);
      if (k.isEmpty()) {
        continue;
      }
      long within =
          counted.stream()
              .filter(x -> key.apply(x).equals(k))
              .filter(x -> x.at().isAfter(b.at().minus(l.window())))
              .count();
      if (within >= l.max()) {
        flags.put(b.id(), FlagKind.LIMIT);
      } else {
        counted.add(b);
      }
    }
  }

  private static void burst(
      List<Ballot> ballots,
      RateLimit l,
      Function<Ballot, Optional<String>> key,
      Map<String, FlagKind> flags) {
    for (Ballot start : ballots) {
      Optional<String> k = key.apply(start);
      if (k.isEmpty()) {
        continue;
      }
      List<Ballot> window = new ArrayList<>();
      for (Ballot x : ballots) {
        if (key.apply(x).equals(k)
            && !x.at().isBefore(start.at())
            && x.at().isBefore(start.at().plus(l.window()))) {
          window.add(x);
        }
      }
      if (window.size() > l.max()) {
        window.forEach(x -> suspect(flags, x));
      }
    }
  }
}
