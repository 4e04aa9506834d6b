package org.gridgov.flink;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;

/**
 * How one type is written in the library's binary form: the heart of each {@link CodecSerializer}.
 * Codecs are serialisable values (they carry the settings needed to read, such as a round) with
 * equality, because Flink ships serializers with the job and keeps them in checkpoints.
 */
interface Codec<T> extends Serializable {
  /** The class of the values. */
  Class<T> type();

  /** Writes a value. */
  void write(T value, DataOutput out) throws IOException;

  /** Reads a value written by {@link #write}. */
  T read(DataInput in) throws IOException;

  /** A copy that the caller may change: the value itself when it is immutable. */
  T copy(T value);

  /** Whether values are immutable (then {@link #copy} returns its argument). */
  boolean immutable();
}
