package org.gridgov.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.gridgov.samples.SyntheticCases;
import org.gridgov.scoring.vote.Count;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoteCounter;
import org.gridgov.scoring.vote.VoteTally;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.clock.CaseLog;
import org.gridgov.sla.clock.CaseLogs;
import org.gridgov.sla.metrics.CaseMetrics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The serializers: every value comes back equal, a snapshot restores an equal serializer, and bytes
 * that are not a value written by the serializer are refused with an {@link IOException}, never
 * taken for a value or answered with another exception.
 */
class CodecProperties {
  static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(JobProperties.SEED).withExamples(30);
  }

  static <T> byte[] serialize(TypeSerializer<T> serializer, T value) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(value, out);
    return out.getCopyOfBuffer();
  }

  static <T> T deserialize(TypeSerializer<T> serializer, byte[] bytes) throws IOException {
    DataInputDeserializer in = new DataInputDeserializer(bytes);
    T value = serializer.deserialize(in);
    assertThat(in.available()).as("bytes left").isZero();
    return value;
  }

  /** Round trip, copy of the bytes, and the refusals of changed lengths. */
  static <T> void checkRoundTrip(TypeSerializer<T> serializer, T value) throws IOException {
    byte[] bytes = serialize(serializer, value);
    T back = deserialize(serializer, bytes);
    assertThat(serialize(serializer, back)).isEqualTo(bytes);
    // Flink's DataOutputSerializer does not grow for write(DataInputView, n): room given
    DataOutputSerializer copied = new DataOutputSerializer(bytes.length + 16);
    serializer.copy(new DataInputDeserializer(bytes), copied);
    assertThat(copied.getCopyOfBuffer()).isEqualTo(bytes);
    assertThat(serialize(serializer, serializer.copy(value))).isEqualTo(bytes);
    checkRefusesChangedLengths(serializer, bytes);
  }

  static <T> void checkRefusesChangedLengths(TypeSerializer<T> serializer, byte[] bytes) {
    // a value cut short, or with bytes after it that its length claims
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    assertThatThrownBy(() -> deserialize(serializer, cut)).isInstanceOf(IOException.class);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
    setLength(longer, bytes.length - 4 + 2);
    assertThatThrownBy(() -> serializer.deserialize(new DataInputDeserializer(longer)))
        .isInstanceOf(IOException.class);
    byte[] shorter = bytes.clone();
    setLength(shorter, bytes.length - 4 - 1);
    assertThatThrownBy(() -> serializer.deserialize(new DataInputDeserializer(shorter)))
        .isInstanceOf(IOException.class);
    for (int length : new int[] {-1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      byte[] wrong = bytes.clone();
      setLength(wrong, length);
      assertThatThrownBy(() -> serializer.deserialize(new DataInputDeserializer(wrong)))
          .as("length %s", length)
          .isInstanceOf(IOException.class);
    }
  }

  private static void setLength(byte[] b, int length) {
    b[0] = (byte) (length >>> 24);
    b[1] = (byte) (length >>> 16);
    b[2] = (byte) (length >>> 8);
    b[3] = (byte) length;
  }

  static <T> void checkSnapshot(TypeSerializer<T> serializer, @Nullable TypeSerializer<T> other)
      throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
    TypeSerializerSnapshot<T> read =
        TypeSerializerSnapshot.readVersionedSnapshot(
            new DataInputDeserializer(out.getCopyOfBuffer()),
            CodecProperties.class.getClassLoader());
    assertThat(read.restoreSerializer()).isEqualTo(serializer);
    assertThat(
            serializer.snapshotConfiguration().resolveSchemaCompatibility(read).isCompatibleAsIs())
        .isTrue();
    if (other != null) {
      assertThat(other.snapshotConfiguration().resolveSchemaCompatibility(read).isIncompatible())
          .isTrue();
    }
  }

  static <T> TypeSerializer<T> serializer(Codec<T> codec) {
    return new CodecTypeInfo<>(codec)
        .createSerializer(new org.apache.flink.api.common.serialization.SerializerConfigImpl());
  }

  @Test
  void submissionsRoundTrip() {
    TypeSerializer<Submission> serializer = serializer(new SubmissionCodec());
    qt().forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, size) -> {
              Ballots s = new Ballots(seed, size);
              for (Submission x : s.submissions) {
                try {
                  checkRoundTrip(serializer, x);
                  assertThat(deserialize(serializer, serialize(serializer, x))).isEqualTo(x);
                } catch (IOException e) {
                  throw new AssertionError("seed " + seed, e);
                }
              }
            });
  }

  @Test
  void talliesRoundTripAndTheirSnapshotsKeepTheSettings() throws IOException {
    Ballots s = new Ballots(12L, 300);
    TypeSerializer<VoteTally> serializer = serializer(new TallyCodec(s.settings()));
    VoteCounter counter = VoteCounter.start(s.round, s.quarantine, s.sanctions);
    s.submissions.forEach(counter::accept);
    Count unused = counter.finish();
    VoteTally tally = counter.tally();
    byte[] bytes = serialize(serializer, tally);
    assertThat(deserialize(serializer, bytes).count()).isEqualTo(tally.count());
    checkRoundTrip(serializer, tally);
    checkSnapshot(serializer, serializer(new TallyCodec(TallySettings.of(s.round))));
  }

  @Test
  void caseEventsLogsAndMetricsRoundTrip() throws IOException {
    TypeSerializer<CaseEvent> events = serializer(new CaseEventCodec());
    MetricsSettings settings =
        MetricsSettings.of(
            CaseMetricsJobTest.ATLAS,
            CaseMetricsJobTest.POLICIES,
            SyntheticCases.ZONE,
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 5, 31));
    TypeSerializer<CaseLog> logs = serializer(new CaseLogCodec(settings));
    TypeSerializer<CaseMetrics> metrics = serializer(new CaseMetricsCodec());
    TypeSerializer<DailyMetrics> daily = serializer(new DailyMetricsCodec());
    List<CaseEvent> all = new ArrayList<>();
    SyntheticCases.month(CaseMetricsJobTest.ATLAS, YearMonth.of(2024, 5), 40, 3L)
        .forEach(all::addAll);
    CaseMetrics m = CaseMetrics.empty();
    Instant end = Instant.parse("2024-05-20T00:00:00Z");
    for (CaseEvent e : all) {
      checkRoundTrip(events, e);
      assertThat(deserialize(events, serialize(events, e))).isEqualTo(e);
    }
    for (CaseLog log : CaseLogs.byCase(CaseMetricsJobTest.POLICIES, all).values()) {
      checkRoundTrip(logs, log);
      boolean unused = m.add(CaseMetricsJobTest.ATLAS, log, end);
    }
    checkRoundTrip(metrics, m);
    assertThat(deserialize(metrics, serialize(metrics, m))).isEqualTo(m);
    DailyMetrics d = new DailyMetrics(LocalDate.of(2024, 5, 19), DailyMetrics.ALL, m);
    checkRoundTrip(daily, d);
    assertThat(deserialize(daily, serialize(daily, d))).isEqualTo(d);
    checkSnapshot(logs, null);
    checkSnapshot(metrics, null);
  }
}
