package org.gridgov.scoring.vote;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The obviously correct count: sort everything, keep every counted ballot in lists keyed by
 * strings, and rescan them for every rule; the digest rebuilt from its documented definition.
 */
final class SlowCount {
  private SlowCount() {}

  /** One decision of the oracle. */
  record Verdict(
      Submission submission, Optional<RejectionReason> reason, Optional<FlagKind> flag) {}

  static final Comparator<Ballot> ORDER =
      (a, b) -> {
        int c = a.at().compareTo(b.at());
        if (c != 0) {
          return c;
        }
        c = a.id().compareTo(b.id());
        if (c != 0) {
          return c;
        }
        c = a.voter().compareTo(b.voter());
        if (c != 0) {
          return c;
        }
        c = String.join("\u0000", a.choices()).compareTo(String.join("\u0000", b.choices()));
        return c != 0 ? c : a.channel().compareTo(b.channel());
      };

  static List<Verdict> decide(
      Round round, List<Submission> input, Map<String, FlagKind> flags, Set<String> removed) {
    List<Verdict> out = new ArrayList<>();
    List<Ballot> ballots = new ArrayList<>();
    for (Submission s : input) {
      if (s instanceof Ballot b) {
        ballots.add(b);
      } else {
        out.add(new Verdict(s, Optional.of(RejectionReason.MALFORMED), Optional.empty()));
      }
    }
    ballots.sort(ORDER);
    VoteRules rules = round.rules();
    Map<String, List<Ballot>> countedByVoterDay = new HashMap<>();
    Map<String, Instant> lastCounted = new HashMap<>();
    for (Ballot b : ballots) {
      Optional<FlagKind> flag = Optional.ofNullable(flags.get(b.id()));
      RejectionReason reason = null;
      if (!round.channels().contains(b.channel())
          || b.choices().size() > rules.choicesPerBallot()) {
        reason = RejectionReason.MALFORMED;
      } else if (b.at().isBefore(round.start()) || !b.at().isBefore(round.end())) {
        reason = RejectionReason.OUTSIDE_WINDOW;
      } else if (b.choices().stream().anyMatch(c -> round.candidate(c).isEmpty())) {
        reason = RejectionReason.UNKNOWN_CANDIDATE;
      } else {
        String voter = b.voter().toString();
        LocalDate day = LocalDate.ofInstant(b.at(), round.zone());
        List<Ballot> today =
            countedByVoterDay.computeIfAbsent(voter + "/" + day, k -> new ArrayList<>());
        int votesToday = today.stream().mapToInt(x -> x.choices().size()).sum();
        Instant last = lastCounted.get(voter);
        if (today.stream().anyMatch(x -> x.id().equals(b.id()))) {
          reason = RejectionReason.REPLAYED;
        } else if (flag.isPresent()
            && (flag.get() == FlagKind.LIMIT || b.choices().stream().anyMatch(removed::contains))) {
          reason = RejectionReason.FLAGGED;
        } else if (votesToday + b.choices().size() > rules.votesPerVoterPerDay()) {
          reason = RejectionReason.OVER_DAILY_CAP;
        } else if (b.choices().stream()
            .anyMatch(
                c ->
                    today.stream().filter(x -> x.choices().contains(c)).count() + 1
                        > rules.votesPerCandidatePerDay())) {
          reason = RejectionReason.OVER_CANDIDATE_CAP;
        } else if (last != null
            && Duration.between(last, b.at()).compareTo(rules.minInterval()) < 0) {
          reason = RejectionReason.TOO_SOON;
        } else {
          today.add(b);
          lastCounted.put(voter, b.at());
        }
      }
      out.add(new Verdict(b, Optional.ofNullable(reason), flag));
    }
    return out;
  }

  /** The count the verdicts make, digest included. */
  static Count count(Round round, List<Verdict> verdicts) {
    long received = verdicts.size();
    long accepted = 0;
    Map<RejectionReason, Long> rejected = new EnumMap<>(RejectionReason.class);
    Map<String, long[]> perCandidate = new LinkedHashMap<>();
    Map<String, Map<RejectionReason, Long>> candRejected = new HashMap<>();
    for (Candidate c : round.candidates()) {
      perCandidate.put(c.id(), new long[3]);
      candRejected.put(c.id(), new EnumMap<>(RejectionReason.class));
    }
    Map<String, Long> channels = new LinkedHashMap<>();
    round.channels().forEach(ch -> channels.put(ch, 0L));
    for (Verdict v : verdicts) {
      if (v.reason().isEmpty()) {
        accepted++;
        Ballot b = (Ballot) v.submission();
        channels.merge(b.channel(), 1L, Long::sum);
      } else {
        rejected.merge(v.reason().get(), 1L, Long::sum);
      }
      if (v.submission() instanceof Ballot b) {
        for (String c : b.choices()) {
          long[] line = perCandidate.get(c);
          if (line == null) {
            continue;
          }
          line[0]++;
          if (v.reason().isEmpty()) {
            line[1]++;
          } else {
            java.util.Objects.requireNonNull(candRejected.get(c))
                .merge(v.reason().get(), 1L, Long::sum);
          }
          if (v.flag().isPresent()) {
            line[2]++;
          }
        }
      }
    }
    List<CandidateCount> lines = new ArrayList<>();
    perCandidate.forEach(
        (c, line) ->
            lines.add(
                new CandidateCount(
                    c, line[0], line[1], candRejected.getOrDefault(c, Map.of()), line[2])));
    return new Count(
        round.id(),
        round.fingerprint(),
        new Totals(received, accepted, rejected),
        lines,
        channels,
        AuditDigest.parse(digest(round, verdicts)));
  }

  /** The digest exactly as {@link AuditDigest} documents it. */
  static String digest(Round round, List<Verdict> verdicts) {
    byte[] fp = hexBytes(round.fingerprint());
    Map<Integer, List<byte[]>> records = new HashMap<>();
    long malformed = 0;
    BigInteger sum = BigInteger.ZERO;
    for (Verdict v : verdicts) {
      if (v.submission() instanceof MalformedBallot m) {
        malformed++;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
          out.writeByte(0xff);
          out.writeInt(m.line());
          out.writeInt(m.column());
          ascii(out, m.problem().kind().name());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        sum =
            sum.add(new BigInteger(1, sha(bytes.toByteArray()))).mod(BigInteger.ONE.shiftLeft(256));
        continue;
      }
      Ballot b = (Ballot) v.submission();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeByte(
            v.reason().map(RejectionReason::code).orElse(0)
                + 16 * v.flag().map(FlagKind::code).orElse(0));
        Instant at = b.at();
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
        out.writeLong(b.voter().high());
        out.writeLong(b.voter().low());
        ascii(out, b.id());
        out.writeByte(b.choices().size());
        List<String> candidateIds = round.candidates().stream().map(Candidate::id).toList();
        for (String c : b.choices()) {
          int position = candidateIds.indexOf(c);
          out.writeInt(position);
          if (position < 0) {
            ascii(out, c);
          }
        }
        int channel = round.channels().indexOf(b.channel());
        if (channel >= 0) {
          out.writeByte(channel);
        } else {
          out.writeByte(255);
          ascii(out, b.channel());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      records.computeIfAbsent(b.voter().bucket(), k -> new ArrayList<>()).add(bytes.toByteArray());
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(all)) {
      out.write("gridgov-vote-digest/2\n".getBytes(StandardCharsets.UTF_8));
      out.write(fp);
      for (int bucket = 0; bucket < 1024; bucket++) {
        List<byte[]> list = records.getOrDefault(bucket, List.of());
        out.writeLong(list.size());
        if (list.isEmpty()) {
          out.write(new byte[32]);
          continue;
        }
        ByteArrayOutputStream init = new ByteArrayOutputStream();
        init.write("gridgov-vote-chain/2\n".getBytes(StandardCharsets.UTF_8));
        init.write(fp);
        init.write(bucket >>> 8);
        init.write(bucket & 0xff);
        byte[] head = sha(init.toByteArray());
        for (int from = 0; from < list.size(); from += 64) {
          ByteArrayOutputStream block = new ByteArrayOutputStream();
          block.write(head);
          for (int j = from; j < Math.min(list.size(), from + 64); j++) {
            block.write(list.get(j));
          }
          head = sha(block.toByteArray());
        }
        out.write(head);
      }
      out.writeLong(malformed);
      byte[] s = sum.toByteArray();
      byte[] s32 = new byte[32];
      int n = Math.min(32, s.length);
      System.arraycopy(s, s.length - n, s32, 32 - n, n);
      out.write(s32);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hex(sha(all.toByteArray()));
  }

  private static void ascii(DataOutputStream out, String s) throws IOException {
    out.writeByte(s.length());
    out.write(s.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] sha(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] hexBytes(String hex) {
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format(java.util.Locale.ROOT, "%02x", b));
    }
    return sb.toString();
  }
}
