package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;
import org.gridgov.scoring.vote.TallyMergeException;
import org.jspecify.annotations.Nullable;

/**
 * A Flink serializer that writes values in the library's own binary form (for a tally, {@code
 * VoteTally.writeTo}; for case metrics, {@code CaseMetrics.writeTo}), so that state and records
 * never fall back to Kryo. Values are length-prefixed so that {@link #copy(DataInputView,
 * DataOutputView)} needs no decoding.
 */
final class CodecSerializer<T> extends TypeSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final Codec<T> codec;

  CodecSerializer(Codec<T> codec) {
    this.codec = checkNotNull(codec, "codec");
  }

  Codec<T> codec() {
    return codec;
  }

  @Override
  public boolean isImmutableType() {
    return codec.immutable();
  }

  @Override
  public TypeSerializer<T> duplicate() {
    // stateless: the codec's settings are immutable, and it keeps no buffers
    return this;
  }

  @Override
  public T createInstance() {
    throw new UnsupportedOperationException(
        codec.type().getSimpleName() + " has no empty instance; Flink does not need one here");
  }

  @Override
  public T copy(T from) {
    return codec.copy(from);
  }

  @Override
  public T copy(T from, T reuse) {
    return codec.copy(from);
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(T record, DataOutputView target) throws IOException {
    DataOutputSerializer buffer = new DataOutputSerializer(256);
    codec.write(record, buffer);
    target.writeInt(buffer.length());
    target.write(buffer.getSharedBuffer(), 0, buffer.length());
  }

  /**
   * Reads a value: its length, then exactly that many bytes, which must be one value of the codec.
   * A negative length, a value that ends before or after its length, or bytes the codec refuses are
   * a {@link StreamCorruptedException}; a length beyond the input an {@link java.io.EOFException}
   * (the bytes are read as they come, so a corrupt length never allocates more than is there).
   */
  @Override
  public T deserialize(DataInputView source) throws IOException {
    int length = source.readInt();
    if (length < 0) {
      throw new StreamCorruptedException(
          "not a gridgov " + codec.type().getSimpleName() + ": length " + length);
    }
    byte[] bytes = new byte[Math.min(length, CHUNK)];
    int read = 0;
    while (read < length) {
      if (read == bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(length, 2L * bytes.length));
      }
      int n = Math.min(bytes.length, length) - read;
      source.readFully(bytes, read, n);
      read += n;
    }
    ByteArrayInputStream in = new ByteArrayInputStream(bytes, 0, length);
    T value;
    try {
      value = codec.read(new DataInputStream(in));
    } catch (EOFException e) {
      throw corrupt("ends before the value does", e);
    } catch (TallyMergeException e) {
      throw e; // a tally of other settings: the bytes are a tally, of another count
    } catch (RuntimeException e) {
      // a record's checks refusing what the bytes say (an invalid id, an unknown enum name)
      throw corrupt(String.valueOf(e.getMessage()), e);
    }
    if (in.available() > 0) {
      throw corrupt(in.available() + " bytes after the value", null);
    }
    return value;
  }

  /** Reading in steps of this many bytes at most, so that a corrupt length allocates little. */
  private static final int CHUNK = 1 << 16;

  private StreamCorruptedException corrupt(String what, @Nullable Exception cause) {
    StreamCorruptedException e =
        new StreamCorruptedException(
            "not a gridgov " + codec.type().getSimpleName() + " of its length: " + what);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  @Override
  public T deserialize(T reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    int length = source.readInt();
    target.writeInt(length);
    target.write(source, length);
  }

  @Override
  public TypeSerializerSnapshot<T> snapshotConfiguration() {
    return new CodecSerializerSnapshot<>(codec);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CodecSerializer<?> that && that.codec.equals(codec);
  }

  @Override
  public int hashCode() {
    return codec.hashCode();
  }

  @Override
  public String toString() {
    return "CodecSerializer[" + codec + "]";
  }

  static <T> byte[] bytes(Codec<T> codec, T value) {
    DataOutputSerializer out = new DataOutputSerializer(256);
    try {
      codec.write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.getCopyOfBuffer();
  }
}
