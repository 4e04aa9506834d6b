package org.gridgov.flink;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.gridgov.sla.clock.CaseEvent;
import org.gridgov.sla.io.CaseEventJson;
import org.jspecify.annotations.Nullable;

/**
 * A case event in its JSON-lines form ({@link CaseEventJson#toJsonLine}, instants in UTC), read
 * back by the library's validating reader: writing then reading gives the same event.
 */
final class CaseEventCodec implements Codec<CaseEvent> {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BYTES = 1 << 20;

  @Override
  public Class<CaseEvent> type() {
    return CaseEvent.class;
  }

  @Override
  public void write(CaseEvent value, DataOutput out) throws IOException {
    byte[] line = CaseEventJson.toJsonLine(value, ZoneOffset.UTC).getBytes(StandardCharsets.UTF_8);
    out.writeInt(line.length);
    out.write(line);
  }

  @Override
  public CaseEvent read(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_BYTES) {
      throw new StreamCorruptedException("not a gridgov case event: length " + length);
    }
    byte[] line = new byte[length];
    in.readFully(line);
    List<CaseEvent> events =
        CaseEventJson.reader()
            .read(
                "{\"format\":\""
                    + CaseEventJson.FORMAT
                    + "\",\"events\":["
                    + new String(line, StandardCharsets.UTF_8)
                    + "]}");
    return events.get(0);
  }

  @Override
  public CaseEvent copy(CaseEvent value) {
    return value;
  }

  @Override
  public boolean immutable() {
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseEventCodec;
  }

  @Override
  public int hashCode() {
    return CaseEventCodec.class.hashCode();
  }

  @Override
  public String toString() {
    return "CaseEvent codec";
  }
}
