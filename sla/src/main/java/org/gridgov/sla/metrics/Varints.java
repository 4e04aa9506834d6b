package org.gridgov.sla.metrics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;

/** Unsigned LEB128 varints over {@link DataOutput}, for compact counts. */
final class Varints {
  private Varints() {}

  static void write(DataOutput out, long value) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("a varint is >= 0, got " + value);
    }
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  static long read(DataInput in) throws IOException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0) {
          throw new StreamCorruptedException("a varint beyond the range of long");
        }
        return value;
      }
    }
    throw new StreamCorruptedException("a varint longer than 10 bytes");
  }

  static int readInt(DataInput in, int max, String what) throws IOException {
    long v = read(in);
    if (v > max) {
      throw new StreamCorruptedException(what + " " + v + " is more than " + max);
    }
    return (int) v;
  }
}
