package org.gridgov.flink;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.gridgov.sla.metrics.CaseMetrics;
import org.jspecify.annotations.Nullable;

/** A metrics accumulator in its library binary form ({@link CaseMetrics#writeTo}). */
final class CaseMetricsCodec implements Codec<CaseMetrics> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<CaseMetrics> type() {
    return CaseMetrics.class;
  }

  @Override
  public void write(CaseMetrics value, DataOutput out) throws IOException {
    value.writeTo(out);
  }

  @Override
  public CaseMetrics read(DataInput in) throws IOException {
    return CaseMetrics.readFrom(in);
  }

  @Override
  public CaseMetrics copy(CaseMetrics value) {
    return value.copy();
  }

  @Override
  public boolean immutable() {
    return false;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseMetricsCodec;
  }

  @Override
  public int hashCode() {
    return CaseMetricsCodec.class.hashCode();
  }

  @Override
  public String toString() {
    return "CaseMetrics codec";
  }
}
