package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;
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

  @Override
  public T deserialize(DataInputView source) throws IOException {
    int length = source.readInt();
    byte[] bytes = new byte[length];
    source.readFully(bytes);
    return codec.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes)));
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
