package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.impl.UnknownSerializer;
import com.google.common.reflect.ClassPath;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * "New public value types join the Jackson module": every public value type of the library modules
 * has a form with the modules a host finds ({@code findAndAddModules()}). A type passes if a module
 * gives it a serializer, or if it is a record whose components all have forms (Jackson's own record
 * handling then writes it and reads it through the canonical constructor). Jackson's defaults fail
 * on {@link Optional} and {@code java.time} components, cannot read a sealed type back without a
 * kind, and write a final class with accessors as {@code {}} or fail; those need a module form.
 * Types that are not values (engines, builders, mutable accumulators, views) are listed with why.
 * And no record left to Jackson's own reading may be built from {@code {}}: Jackson gives a missing
 * primitive component 0 or false, around the checks a missing value would fail.
 */
class JacksonCoverageTest {
  private static final List<String> PACKAGES =
      List.of(
          "org.gridgov.core",
          "org.gridgov.sla.calendar",
          "org.gridgov.sla.clock",
          "org.gridgov.sla.metrics",
          "org.gridgov.scoring.rating",
          "org.gridgov.scoring.vote",
          "org.gridgov.geo");

  /** Public types with instance methods that are not values, and why. */
  private static final Map<String, String> NOT_VALUES =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("org.gridgov.core.ElementLocator", "a strategy the host implements"),
              Map.entry("org.gridgov.sla.clock.CaseRegister", "a mutable register of open cases"),
              Map.entry(
                  "org.gridgov.sla.clock.StatusView",
                  "an accessor view; CaseStatus is its value and has a form"),
              Map.entry(
                  "org.gridgov.sla.clock.CaseLog",
                  "reading needs its policy table; its events have a form and writeTo/readFrom"
                      + " is its whole form"),
              Map.entry(
                  "org.gridgov.sla.clock.CaseLog$Appended", "the result of one append, with a log"),
              Map.entry(
                  "org.gridgov.sla.metrics.CaseMetrics",
                  "a mutable accumulator with a binary form (writeTo/readFrom)"),
              Map.entry(
                  "org.gridgov.sla.metrics.MetricsReport",
                  "a lazy view over an atlas; its UnitMetrics have a form"),
              Map.entry("org.gridgov.scoring.vote.VoteCounter", "the counting engine"),
              Map.entry(
                  "org.gridgov.scoring.vote.VoteCounter$Disorder", "a mutable first-pass probe"),
              Map.entry("org.gridgov.scoring.vote.Screening", "the screening engine"),
              Map.entry(
                  "org.gridgov.scoring.vote.VoteTally",
                  "a mutable tally with its binary form (TallyFormat)"),
              Map.entry("org.gridgov.scoring.vote.Recount", "the recount engine"),
              Map.entry("org.gridgov.scoring.vote.VoterKeys", "a keyed hash holding a secret"),
              Map.entry(
                  "org.gridgov.scoring.vote.Submission",
                  "read as a Ballot; a malformed line is a reader's output, written in its"
                      + " decision"),
              Map.entry(
                  "org.gridgov.scoring.rating.History",
                  "a view over period records, which have a form"),
              Map.entry("org.gridgov.scoring.rating.RatingRound", "the round engine"),
              Map.entry(
                  "org.gridgov.geo.GeoAtlas",
                  "an atlas with its boundaries and index; both have forms"),
              Map.entry("org.gridgov.geo.GridLocator", "the lookup index"),
              Map.entry("org.gridgov.geo.TopologyCheck", "the checker; its problems have a form")));

  private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

  @Test
  void everyPublicValueTypeHasAForm() throws Exception {
    List<String> missing = new ArrayList<>();
    Set<String> seenNotValues = new HashSet<>();
    List<String> builtFromNothing = new ArrayList<>();
    ClassPath cp = ClassPath.from(getClass().getClassLoader());
    int checked = 0;
    for (String pkg : PACKAGES) {
      for (ClassPath.ClassInfo info : cp.getTopLevelClasses(pkg)) {
        Class<?> top = info.load();
        if (top.getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .getPath()
            .contains("test-classes")) {
          continue;
        }
        List<Class<?>> all = new ArrayList<>(List.of(top));
        all.addAll(List.of(top.getDeclaredClasses()));
        for (Class<?> t : all) {
          if (!isValueCandidate(t)) {
            continue;
          }
          if (NOT_VALUES.containsKey(t.getName())) {
            seenNotValues.add(t.getName());
            continue;
          }
          checked++;
          if (t.isRecord()) {
            if (!hasModuleReader(t) && readsFromNothing(t)) {
              builtFromNothing.add(t.getName());
            }
          }
          String why = lacking(t, new HashSet<>());
          if (why != null) {
            missing.add(t.getName() + " (" + why + ")");
          }
        }
      }
    }
    assertThat(missing).as("value types without a form").isEmpty();
    assertThat(builtFromNothing).as("records Jackson's defaults build from {}").isEmpty();
    assertThat(seenNotValues)
        .as("the list of non-values is current")
        .isEqualTo(NOT_VALUES.keySet());
    assertThat(checked).isGreaterThan(150);
  }

  /** Whether a module gives the type a deserializer of its own (not Jackson's bean reading). */
  private boolean hasModuleReader(Class<?> t) {
    try {
      DefaultDeserializationContext context =
          ((DefaultDeserializationContext) mapper.getDeserializationContext())
              .createInstance(mapper.getDeserializationConfig(), null, null);
      JsonDeserializer<Object> d = context.findRootValueDeserializer(mapper.constructType(t));
      return !(d instanceof BeanDeserializerBase);
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * Whether Jackson's defaults build the record from an empty object: its primitive components
   * default to 0 or false, around the checks a missing value would fail.
   */
  private boolean readsFromNothing(Class<?> t) {
    try {
      mapper.readValue("{}", t);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isValueCandidate(Class<?> t) {
    if (!Modifier.isPublic(t.getModifiers())
        || t.isEnum()
        || Throwable.class.isAssignableFrom(t)
        || t.getSimpleName().equals("Builder")
        || t.getSimpleName().equals("package-info")) {
      return false;
    }
    if (t.isRecord()) {
      return true;
    }
    for (Method m : t.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  /** Why a type has no working form, or null if it has one. */
  private @Nullable String lacking(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class) {
        return "an Optional component";
      }
      for (Type a : p.getActualTypeArguments()) {
        String why = lacking(a, seen);
        if (why != null) {
          return why;
        }
      }
      return Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
          ? null
          : lacking(raw, seen);
    }
    if (type instanceof WildcardType w) {
      return lacking(w.getUpperBounds()[0], seen);
    }
    if (!(type instanceof Class<?> c)) {
      return "a type variable " + type;
    }
    if (c.isPrimitive()
        || c == String.class
        || c == Boolean.class
        || Number.class.isAssignableFrom(c)
        || c.isEnum()) {
      return null;
    }
    if (c.isArray()) {
      return lacking(c.getComponentType(), seen);
    }
    if (c == OptionalInt.class || c == OptionalLong.class || c.getName().startsWith("java.time")) {
      return "a " + c.getSimpleName() + " component";
    }
    if (c.getName().startsWith("java.")) {
      return null;
    }
    try {
      JsonSerializer<Object> s =
          mapper.getSerializerProviderInstance().findValueSerializer(mapper.constructType(c));
      if (!(s instanceof BeanSerializer || s instanceof UnknownSerializer)) {
        return null;
      }
    } catch (Exception e) {
      return "no serializer: " + e.getMessage();
    }
    if (!c.isRecord()) {
      return (c.isInterface() ? "an interface " : "a class ") + c.getSimpleName();
    }
    if (!seen.add(c)) {
      return null;
    }
    for (RecordComponent rc : c.getRecordComponents()) {
      String why = lacking(rc.getGenericType(), seen);
      if (why != null) {
        return rc.getName() + ": " + why;
      }
    }
    return null;
  }
}
