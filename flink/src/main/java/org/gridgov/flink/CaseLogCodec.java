package org.gridgov.flink;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.gridgov.sla.clock.CaseLog;
import org.jspecify.annotations.Nullable;

/** A case's log in its library binary form ({@link CaseLog#writeTo}), read under the policies. */
final class CaseLogCodec implements Codec<CaseLog> {
  private static final long serialVersionUID = 1L;

  private final MetricsSettings settings;

  CaseLogCodec(MetricsSettings settings) {
    this.settings = settings;
  }

  @Override
  public Class<CaseLog> type() {
    return CaseLog.class;
  }

  @Override
  public void write(CaseLog value, DataOutput out) throws IOException {
    value.writeTo(out);
  }

  @Override
  public CaseLog read(DataInput in) throws IOException {
    return CaseLog.readFrom(in, settings.policies());
  }

  @Override
  public CaseLog copy(CaseLog value) {
    return value;
  }

  @Override
  public boolean immutable() {
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseLogCodec that && that.settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  @Override
  public String toString() {
    return "CaseLog codec";
  }
}
