package org.gridgov.sla;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parameter names of compiled methods, read from the class file's local variable tables (Maven
 * compiles with debug information; the main code is not compiled with {@code -parameters}, so that
 * Jackson cannot find creators by name). Test code only: a minimal class-file reader.
 */
final class ParameterNames {
  private final Map<String, String[]> byMethod = new HashMap<>();

  private ParameterNames(Class<?> type) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream raw = type.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IOException("no class file for " + type);
      }
      read(new DataInputStream(raw));
    }
  }

  /** The names of a class's methods' and constructors' parameters. */
  static ParameterNames of(Class<?> type) {
    try {
      return new ParameterNames(type);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name of a parameter, if the class file has it. */
  Optional<String> name(Executable e, int parameter) {
    String key = (e instanceof Constructor ? "<init>" : e.getName()) + descriptor(e);
    String[] names = byMethod.get(key);
    return names == null || parameter >= names.length || names[parameter] == null
        ? Optional.empty()
        : Optional.of(names[parameter]);
  }

  private static String descriptor(Executable e) {
    Class<?> returned = e instanceof Method m ? m.getReturnType() : void.class;
    return MethodType.methodType(returned, List.of(e.getParameterTypes()))
        .toMethodDescriptorString();
  }

  private void read(DataInputStream in) throws IOException {
    in.readInt(); // magic
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant tag " + tag);
      }
    }
    in.readUnsignedShort(); // access
    in.readUnsignedShort(); // this
    in.readUnsignedShort(); // super
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort();
    }
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.readUnsignedShort();
      skipAttributes(in);
    }
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      int access = in.readUnsignedShort();
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      Class<?>[] params = parameterSizes(descriptor);
      int[] slots = new int[params.length];
      int slot = (access & Modifier.STATIC) != 0 ? 0 : 1;
      for (int p = 0; p < params.length; p++) {
        slots[p] = slot;
        slot += params[p] == long.class ? 2 : 1;
      }
      String[] names = new String[params.length];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (!"Code".equals(attribute)) {
          in.skipBytes(length);
          continue;
        }
        in.readUnsignedShort(); // max stack
        in.readUnsignedShort(); // max locals
        in.skipBytes(in.readInt()); // code
        in.skipBytes(8 * in.readUnsignedShort()); // exception table
        int codeAttributes = in.readUnsignedShort();
        for (int c = 0; c < codeAttributes; c++) {
          String codeAttribute = utf8[in.readUnsignedShort()];
          int codeLength = in.readInt();
          if (!"LocalVariableTable".equals(codeAttribute)) {
            in.skipBytes(codeLength);
            continue;
          }
          int entries = in.readUnsignedShort();
          for (int e = 0; e < entries; e++) {
            int start = in.readUnsignedShort();
            in.readUnsignedShort(); // length
            String local = utf8[in.readUnsignedShort()];
            in.readUnsignedShort(); // descriptor
            int index = in.readUnsignedShort();
            for (int p = 0; p < slots.length; p++) {
              if (start == 0 && slots[p] == index) {
                names[p] = local;
              }
            }
          }
        }
      }
      byMethod.put(name + descriptor, names);
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipBytes(in.readInt());
    }
  }

  /** One entry per parameter: {@code long.class} for the two-slot types, else {@code int.class}. */
  private static Class<?>[] parameterSizes(String descriptor) {
    List<Class<?>> sizes = new java.util.ArrayList<>();
    int i = 1;
    while (descriptor.charAt(i) != ')') {
      char c = descriptor.charAt(i);
      sizes.add(c == 'J' || c == 'D' ? long.class : int.class);
      while (descriptor.charAt(i) == '[') {
        i++;
      }
      if (descriptor.charAt(i) == 'L') {
        i = descriptor.indexOf(';', i);
      }
      i++;
    }
    return sizes.toArray(new Class<?>[0]);
  }
}
