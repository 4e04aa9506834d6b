package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.ArbitraryInstances;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Checks that every public method and constructor of a package refuses {@code null} for each
 * parameter not marked {@link Nullable}, with a {@link NullPointerException} whose message names
 * the parameter ({@code checkNotNull(grid, "grid")}). Guava's NullPointerTester checks the first
 * half; this also checks the name, from the class files' parameter names ({@code -parameters}).
 *
 * <p>For each parameter the others get ordinary values; a call that fails for another reason is
 * inconclusive for that parameter and counted, not failed.
 */
public final class NullChecks {
  private final Map<Class<?>, Supplier<?>> defaults = new HashMap<>();
  private final Map<Class<?>, Supplier<?>> instances = new HashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private int checked;
  private int inconclusive;

  /** A checker with no defaults set. */
  public NullChecks() {}

  /** Sets the value a parameter of a type gets. */
  @CanIgnoreReturnValue
  public <T> NullChecks withDefault(Class<T> type, Supplier<? extends T> value) {
    defaults.put(type, value);
    return this;
  }

  /** Sets the instance whose instance methods are checked. */
  @CanIgnoreReturnValue
  public <T> NullChecks withInstance(Class<T> type, Supplier<? extends T> value) {
    instances.put(type, value);
    return this;
  }

  /** Checks every public class (and public nested class) of the packages. */
  @CanIgnoreReturnValue
  public NullChecks checkPackages(String... packages) throws IOException {
    ClassPath cp = ClassPath.from(NullChecks.class.getClassLoader());
    for (String pkg : packages) {
      for (ClassPath.ClassInfo info : cp.getTopLevelClasses(pkg)) {
        if (info.getName().endsWith("package-info")) {
          continue;
        }
        Class<?> c = info.load();
        check(c);
        for (Class<?> nested : c.getDeclaredClasses()) {
          check(nested);
        }
      }
    }
    return this;
  }

  /** Leaves classes out, by the start of their simple names (the work of another change). */
  @CanIgnoreReturnValue
  public NullChecks skipping(String... simpleNamePrefixes) {
    skipped.addAll(List.of(simpleNamePrefixes));
    return this;
  }

  /** Checks one class. */
  @CanIgnoreReturnValue
  public NullChecks check(Class<?> c) {
    if (!Modifier.isPublic(c.getModifiers()) || c.getName().contains("Test")) {
      return this;
    }
    String simple = c.getName().substring(c.getName().lastIndexOf('.') + 1);
    if (skipped.stream().anyMatch(simple::startsWith)) {
      return this;
    }
    for (Constructor<?> k : c.getConstructors()) {
      each(k, null);
    }
    for (Method m : c.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
        continue;
      }
      if (c.isEnum() && m.getName().equals("valueOf")) {
        continue; // written by the compiler
      }
      if (Modifier.isStatic(m.getModifiers())) {
        each(m, null);
      } else if (instances.containsKey(c) && !isObjectMethod(m)) {
        each(m, instances.get(c).get());
      }
    }
    return this;
  }

  private static boolean isObjectMethod(Method m) {
    return m.getName().equals("equals") && m.getParameterCount() == 1;
  }

  private void each(Executable e, @Nullable Object receiver) {
    Parameter[] ps = e.getParameters();
    for (int i = 0; i < ps.length; i++) {
      Class<?> type = ps[i].getType();
      if (type.isPrimitive() || nullable(ps[i].getAnnotatedType())) {
        continue;
      }
      Object[] args = new Object[ps.length];
      boolean ok = true;
      for (int j = 0; j < ps.length; j++) {
        if (j != i) {
          args[j] = value(ps[j].getType());
          ok &= args[j] != null || ps[j].getType().isPrimitive();
        }
      }
      if (!ok) {
        inconclusive++;
        continue;
      }
      checked++;
      String where = e.getDeclaringClass().getName() + "." + e.getName() + " " + ps[i].getName();
      try {
        invoke(e, receiver, args);
        failures.add(where + ": accepted null");
      } catch (InvocationTargetException x) {
        Throwable t = x.getCause();
        if (t instanceof NullPointerException npe) {
          if (npe.getMessage() == null || !npe.getMessage().contains(ps[i].getName())) {
            failures.add(where + ": message \"" + npe.getMessage() + "\" does not name it");
          }
        } else {
          inconclusive++;
          checked--;
        }
      } catch (ReflectiveOperationException | IllegalArgumentException x) {
        inconclusive++;
        checked--;
      }
    }
  }

  private static void invoke(Executable e, @Nullable Object receiver, Object[] args)
      throws ReflectiveOperationException {
    if (e instanceof Constructor<?> k) {
      Object unused = k.newInstance(args);
    } else {
      Object unused = ((Method) e).invoke(receiver, args);
    }
  }

  private static boolean nullable(AnnotatedType t) {
    return t.isAnnotationPresent(Nullable.class);
  }

  private @Nullable Object value(Class<?> type) {
    Supplier<?> s = defaults.get(type);
    if (s != null) {
      return s.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    return ArbitraryInstances.get(type);
  }

  /** Asserts that no check failed and that enough were conclusive. */
  public void assertAllNamed(int atLeastChecked) {
    assertThat(failures).as("null checks that do not name their parameter").isEmpty();
    assertThat(checked)
        .as("conclusive checks (%s inconclusive)", inconclusive)
        .isGreaterThanOrEqualTo(atLeastChecked);
  }

  /** How many checks were conclusive. */
  public int checked() {
    return checked;
  }
}
