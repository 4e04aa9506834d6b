package org.gridgov.flink;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import org.gridgov.sla.metrics.CaseMetrics;
import org.jspecify.annotations.Nullable;

/** Daily metrics: the day, the group and the accumulator in its library binary form. */
final class DailyMetricsCodec implements Codec<DailyMetrics> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<DailyMetrics> type() {
    return DailyMetrics.class;
  }

  @Override
  public void write(DailyMetrics value, DataOutput out) throws IOException {
    out.writeLong(value.day().toEpochDay());
    out.writeUTF(value.group());
    value.metrics().writeTo(out);
  }

  @Override
  public DailyMetrics read(DataInput in) throws IOException {
    return new DailyMetrics(
        LocalDate.ofEpochDay(in.readLong()), in.readUTF(), CaseMetrics.readFrom(in));
  }

  @Override
  public DailyMetrics copy(DailyMetrics value) {
    return new DailyMetrics(value.day(), value.group(), value.metrics().copy());
  }

  @Override
  public boolean immutable() {
    return false;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DailyMetricsCodec;
  }

  @Override
  public int hashCode() {
    return DailyMetricsCodec.class.hashCode();
  }

  @Override
  public String toString() {
    return "DailyMetrics codec";
  }
}
