package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.scoring.io.ResultInputsJson;
import org.gridgov.scoring.io.RoundJson;
import org.gridgov.scoring.vote.Detector;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.ResultInputs;
import org.gridgov.scoring.vote.Round;
import org.gridgov.scoring.vote.Sanctions;
import org.gridgov.scoring.vote.VoteTally;
import org.gridgov.scoring.vote.VoterKey;
import org.jspecify.annotations.Nullable;

/**
 * What every tally of a job is counted under: the round, the screening's quarantine and the
 * sanctions. Flink ships functions and serializers to its workers by Java serialisation, and the
 * library's values are not {@link Serializable}, so the settings travel in the library's own forms
 * (the round's JSON, the sanctions as result-inputs JSON, the quarantine's findings and flags) and
 * are decoded once per worker. Equal settings give equal tallies' fingerprints.
 *
 * <p>Screening reads all voters' ballots together (IP and device limits span voters), so it is a
 * pass before the job, not part of it: the job takes its quarantine, or {@link Quarantine#none()}.
 */
public final class TallySettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String roundJson;
  private final String sanctionsJson;
  private final byte[] quarantine;
  private transient @Nullable Decoded decoded;

  private record Decoded(Round round, Quarantine quarantine, Sanctions sanctions) {}

  private TallySettings(Round round, Quarantine quarantine, Sanctions sanctions) {
    this.roundJson = RoundJson.write(round);
    this.sanctionsJson = ResultInputsJson.write(ResultInputs.none().withSanctions(sanctions));
    this.quarantine = encode(quarantine);
    this.decoded = new Decoded(round, quarantine, sanctions);
  }

  /**
   * Settings of a round without flags or sanctions.
   *
   * @param round the round
   * @return the settings
   */
  public static TallySettings of(Round round) {
    return of(round, Quarantine.none(), Sanctions.none());
  }

  /**
   * Settings.
   *
   * @param round the round
   * @param quarantine the flags from screening
   * @param sanctions the sanctions in force
   * @return the settings
   */
  public static TallySettings of(Round round, Quarantine quarantine, Sanctions sanctions) {
    return new TallySettings(
        checkNotNull(round, "round"),
        checkNotNull(quarantine, "quarantine"),
        checkNotNull(sanctions, "sanctions"));
  }

  /**
   * The round.
   *
   * @return the round
   */
  public Round round() {
    return decoded().round();
  }

  /**
   * The quarantine.
   *
   * @return the quarantine
   */
  public Quarantine quarantine() {
    return decoded().quarantine();
  }

  /**
   * The sanctions.
   *
   * @return the sanctions
   */
  public Sanctions sanctions() {
    return decoded().sanctions();
  }

  /**
   * A fresh tally under these settings: the identity of {@link VoteTally#merge}.
   *
   * @return the tally
   */
  public VoteTally start() {
    Decoded d = decoded();
    return VoteTally.start(d.round(), d.quarantine(), d.sanctions());
  }

  private Decoded decoded() {
    Decoded d = decoded;
    if (d == null) {
      try {
        d =
            new Decoded(
                RoundJson.reader().read(roundJson),
                decode(quarantine),
                ResultInputsJson.reader().read(sanctionsJson).sanctions());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      decoded = d;
    }
    return d;
  }

  /**
   * The quarantine's bytes: its strings as {@link DataOutputStream#writeUTF} writes them (the form
   * kept in savepoints since the first version, so that their settings stay equal), unless one is
   * longer than that form holds (64 KB: a finding's subject and evidence are free text), when the
   * bytes start with {@value #LONG_STRINGS} and every string is an int length and UTF-8 bytes.
   */
  private static byte[] encode(Quarantine q) {
    boolean longForm = needsLongStrings(q);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      if (longForm) {
        out.writeInt(LONG_STRINGS);
      }
      out.writeInt(q.findings().size());
      for (Finding f : q.findings()) {
        out.writeInt(f.number());
        out.writeUTF(f.detector().name());
        writeString(out, f.subject(), longForm);
        writeInstant(out, f.from());
        writeInstant(out, f.to());
        out.writeLong(f.ballots());
        out.writeLong(f.voters());
        out.writeBoolean(f.topCandidate().isPresent());
        if (f.topCandidate().isPresent()) {
          writeString(out, f.topCandidate().get(), longForm);
        }
        out.writeLong(f.topCandidateBallots());
        writeString(out, f.evidence(), longForm);
      }
      List<Quarantine.Entry> entries = q.entries();
      out.writeInt(entries.size());
      for (Quarantine.Entry e : entries) {
        writeString(out, e.ballotId(), longForm);
        out.writeBoolean(e.voter().isPresent());
        if (e.voter().isPresent()) {
          out.writeLong(e.voter().get().high());
          out.writeLong(e.voter().get().low());
          out.writeInt(e.day());
        }
        out.writeInt(e.flag().finding());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Quarantine decode(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      Quarantine.Builder b = Quarantine.builder();
      int findings = in.readInt();
      boolean longForm = findings == LONG_STRINGS;
      if (longForm) {
        findings = in.readInt();
      }
      for (int i = 0; i < findings; i++) {
        int number = in.readInt();
        Detector detector = Detector.valueOf(in.readUTF());
        String subject = readString(in, longForm);
        Instant from = readInstant(in);
        Instant to = readInstant(in);
        long ballots = in.readLong();
        long voters = in.readLong();
        Optional<String> top =
            in.readBoolean() ? Optional.of(readString(in, longForm)) : Optional.empty();
        long topBallots = in.readLong();
        String evidence = readString(in, longForm);
        b.addFinding(
            new Finding(
                number, detector, subject, from, to, ballots, voters, top, topBallots, evidence));
      }
      int flags = in.readInt();
      for (int i = 0; i < flags; i++) {
        String id = readString(in, longForm);
        if (in.readBoolean()) {
          VoterKey voter = VoterKey.of(in.readLong(), in.readLong());
          int day = in.readInt();
          b.flag(id, voter, day, in.readInt());
        } else {
          b.flag(id, in.readInt());
        }
      }
      return b.build();
    }
  }

  /** The marker of the quarantine's long-string form: never a number of findings. */
  private static final int LONG_STRINGS = -1;

  private static boolean needsLongStrings(Quarantine q) {
    for (Finding f : q.findings()) {
      if (utfLength(f.subject()) > 0xFFFF
          || utfLength(f.evidence()) > 0xFFFF
          || utfLength(f.topCandidate().orElse("")) > 0xFFFF) {
        return true;
      }
    }
    return false; // ballot ids are at most 64 ASCII characters
  }

  /** The length of a string in {@link DataOutputStream#writeUTF}'s modified UTF-8. */
  private static long utfLength(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
    }
    return n;
  }

  private static void writeString(DataOutputStream out, String s, boolean longForm)
      throws IOException {
    if (longForm) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    } else {
      out.writeUTF(s);
    }
  }

  private static String readString(DataInputStream in, boolean longForm) throws IOException {
    if (!longForm) {
      return in.readUTF();
    }
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new StreamCorruptedException("not a quarantine: a string of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void writeInstant(DataOutputStream out, Instant at) throws IOException {
    out.writeLong(at.getEpochSecond());
    out.writeInt(at.getNano());
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TallySettings that
        && that.roundJson.equals(roundJson)
        && that.sanctionsJson.equals(sanctionsJson)
        && Arrays.equals(that.quarantine, quarantine);
  }

  @Override
  public int hashCode() {
    return Objects.hash(roundJson, sanctionsJson, Arrays.hashCode(quarantine));
  }

  @Override
  public String toString() {
    return "TallySettings[" + round().id() + ", " + quarantine().size() + " flagged]";
  }
}
