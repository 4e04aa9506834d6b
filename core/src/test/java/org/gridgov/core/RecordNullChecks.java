package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a public method or constructor refuses {@code null} in each reference parameter with
 * a {@link NullPointerException} whose message is the parameter's name, as {@code checkNotNull(x,
 * "x")} gives. Guava's {@code NullPointerTester} checks that nulls are refused, not that the
 * message names what was null. The code is compiled without {@code -parameters}, so names come from
 * record components (a record's canonical constructor, and a factory whose parameters are the
 * components of the record it returns) or are given.
 */
final class RecordNullChecks {
  private final Map<Class<?>, List<Object>> defaults = new HashMap<>();
  private final List<String> failures = new ArrayList<>();

  /**
   * Default values for parameters of a type: the first parameter of the type gets the first value,
   * the second the second (for {@code from} and {@code to} that must differ), and so on round.
   */
  @CanIgnoreReturnValue
  <T> RecordNullChecks withEach(Class<T> type, List<? extends T> values) {
    defaults.put(type, List.copyOf(values));
    return this;
  }

  /** A default value for parameters of a type. */
  @CanIgnoreReturnValue
  <T> RecordNullChecks with(Class<T> type, T value) {
    return withEach(type, List.of(value));
  }

  /** The canonical constructor of a record: names from its components. */
  @CanIgnoreReturnValue
  RecordNullChecks recordConstructor(Class<? extends Record> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      names.add(components[i].getName());
    }
    try {
      return check(type.getDeclaredConstructor(types), null, names);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Every public static method of a class that returns a record and whose parameters are that
   * record's components, in order: names from the components.
   */
  @CanIgnoreReturnValue
  RecordNullChecks recordFactories(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      Object made = invoke(m, null, arguments(m, -1));
      assertThat(made).as("%s returns a record", m).isInstanceOf(Record.class);
      RecordComponent[] components = made.getClass().getRecordComponents();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < components.length; i++) {
        assertThat(m.getParameterTypes()[i]).isEqualTo(components[i].getType());
        names.add(components[i].getName());
      }
      assertThat(m.getParameterCount())
          .as("%s takes the record's components", m)
          .isEqualTo(components.length);
      check(m, null, names);
    }
    return this;
  }

  /** A method of an object with the given parameter names. */
  @CanIgnoreReturnValue
  RecordNullChecks method(Object receiver, String name, List<String> names, Class<?>... types) {
    try {
      return check(receiver.getClass().getMethod(name, types), receiver, names);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Fails listing every parameter whose null was not refused by name. */
  void verify() {
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  @CanIgnoreReturnValue
  private RecordNullChecks check(Executable e, @Nullable Object receiver, List<String> names) {
    Class<?>[] types = e.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      Object[] args = arguments(e, i);
      try {
        var unused = invokeRaw(e, receiver, args);
        failures.add(e + ": null " + names.get(i) + " accepted");
      } catch (InvocationTargetException x) {
        Throwable cause = x.getCause();
        if (!(cause instanceof NullPointerException) || !names.get(i).equals(cause.getMessage())) {
          failures.add(e + ": null " + names.get(i) + " gave " + cause);
        }
      }
    }
    return this;
  }

  private Object[] arguments(Executable e, int nullAt) {
    Class<?>[] types = e.getParameterTypes();
    Object[] args = new Object[types.length];
    Map<Class<?>, Integer> seen = new HashMap<>();
    for (int i = 0; i < types.length; i++) {
      int occurrence = seen.merge(types[i], 1, Integer::sum) - 1;
      if (i == nullAt) {
        args[i] = null;
      } else if (types[i] == int.class) {
        args[i] = 1;
      } else if (types[i] == long.class) {
        args[i] = 1L;
      } else if (types[i] == boolean.class) {
        args[i] = false;
      } else {
        List<Object> values = defaults.getOrDefault(types[i], List.of());
        assertThat(values).as("a default %s for %s", types[i].getSimpleName(), e).isNotEmpty();
        args[i] = values.get(occurrence % values.size());
      }
    }
    return args;
  }

  private static Object invoke(Executable e, @Nullable Object receiver, Object[] args) {
    try {
      return invokeRaw(e, receiver, args);
    } catch (InvocationTargetException x) {
      throw new AssertionError(e + " with defaults", x.getCause());
    }
  }

  private static Object invokeRaw(Executable e, @Nullable Object receiver, Object[] args)
      throws InvocationTargetException {
    try {
      if (e instanceof Method m) {
        return m.invoke(receiver, args);
      }
      return ((Constructor<?>) e).newInstance(args);
    } catch (IllegalAccessException | InstantiationException x) {
      throw new LinkageError(x.getMessage(), x);
    }
  }
}
