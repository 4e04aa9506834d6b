package org.gridgov.flink;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.gridgov.scoring.vote.VoteTally;
import org.jspecify.annotations.Nullable;

/**
 * A tally in its library binary form ({@link VoteTally#writeTo}), read under the job's settings.
 */
final class TallyCodec implements Codec<VoteTally> {
  private static final long serialVersionUID = 1L;

  private final TallySettings settings;

  TallyCodec(TallySettings settings) {
    this.settings = settings;
  }

  @Override
  public Class<VoteTally> type() {
    return VoteTally.class;
  }

  @Override
  public void write(VoteTally value, DataOutput out) throws IOException {
    value.writeTo(out);
  }

  @Override
  public VoteTally read(DataInput in) throws IOException {
    return VoteTally.readFrom(in, settings.round(), settings.quarantine(), settings.sanctions());
  }

  @Override
  public VoteTally copy(VoteTally value) {
    return value.copy();
  }

  @Override
  public boolean immutable() {
    return false;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TallyCodec that && that.settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  @Override
  public String toString() {
    return "VoteTally codec of " + settings;
  }
}
