package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.jspecify.annotations.Nullable;

/** Flink type information for a type written by a {@link Codec}: never a generic (Kryo) type. */
final class CodecTypeInfo<T> extends TypeInformation<T> {
  private static final long serialVersionUID = 1L;

  private final Codec<T> codec;

  CodecTypeInfo(Codec<T> codec) {
    this.codec = checkNotNull(codec, "codec");
  }

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public Class<T> getTypeClass() {
    return codec.type();
  }

  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public TypeSerializer<T> createSerializer(SerializerConfig config) {
    return new CodecSerializer<>(codec);
  }

  @Override
  public String toString() {
    return "gridgov " + codec.type().getSimpleName();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CodecTypeInfo<?> that && that.codec.equals(codec);
  }

  @Override
  public int hashCode() {
    return codec.hashCode();
  }

  @Override
  public boolean canEqual(Object o) {
    return o instanceof CodecTypeInfo;
  }
}
