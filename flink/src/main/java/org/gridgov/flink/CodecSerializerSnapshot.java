package org.gridgov.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;

/**
 * The snapshot of a {@link CodecSerializer} kept in checkpoints and savepoints: the codec with its
 * settings (a round as its JSON form, a policy table as its JSON form). A restored serializer is
 * compatible as is when the codec is equal (same settings) and incompatible otherwise, so that a
 * job whose round, quarantine or sanctions changed cannot restore the old state silently.
 */
public final class CodecSerializerSnapshot<T> implements TypeSerializerSnapshot<T> {
  private static final int VERSION = 1;

  private @Nullable Codec<T> codec;

  /** For Flink, which creates snapshots reflectively before reading them. */
  public CodecSerializerSnapshot() {}

  CodecSerializerSnapshot(Codec<T> codec) {
    this.codec = codec;
  }

  @Override
  public int getCurrentVersion() {
    return VERSION;
  }

  @Override
  public void writeSnapshot(DataOutputView out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(codec());
    }
    out.writeInt(bytes.size());
    out.write(bytes.toByteArray());
  }

  @Override
  @SuppressWarnings("unchecked") // the snapshot wrote a codec of T
  public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader)
      throws IOException {
    if (readVersion != VERSION) {
      throw new IOException("unknown snapshot version " + readVersion + ", expected " + VERSION);
    }
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    try (ObjectInputStream o =
        new ObjectInputStream(new ByteArrayInputStream(bytes)) {
          @Override
          protected Class<?> resolveClass(ObjectStreamClass desc)
              throws IOException, ClassNotFoundException {
            return Class.forName(desc.getName(), false, userCodeClassLoader);
          }
        }) {
      Object read = o.readObject();
      if (!(read instanceof Codec<?> c)) {
        throw new InvalidObjectException("not a gridgov codec: " + read.getClass().getName());
      }
      codec = (Codec<T>) c;
    } catch (ClassNotFoundException e) {
      throw new IOException("cannot restore a gridgov serializer: " + e.getMessage(), e);
    }
  }

  @Override
  public TypeSerializer<T> restoreSerializer() {
    return new CodecSerializer<>(codec());
  }

  @Override
  public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
      TypeSerializerSnapshot<T> oldSerializerSnapshot) {
    if (oldSerializerSnapshot instanceof CodecSerializerSnapshot<T> old
        && codec().equals(old.codec)) {
      return TypeSerializerSchemaCompatibility.compatibleAsIs();
    }
    return TypeSerializerSchemaCompatibility.incompatible();
  }

  private Codec<T> codec() {
    Codec<T> c = codec;
    if (c == null) {
      throw new IllegalStateException("the snapshot has not been read");
    }
    return c;
  }
}
