package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.jspecify.annotations.Nullable;

/**
 * Reading of the JSON form's elements from a streaming parser with their {@link AtlasForm}s: the
 * atlas reader ({@link AtlasDocument}) reads whole documents with it, the Jackson module single
 * values. Problems go to a capped list, located by JSON path. Single use, not thread-safe.
 */
abstract class FormReading implements Codecs.Reading {
  final JsonParser p;
  final ProblemList problems;
  Location.JsonPath at = Location.json();
  private @Nullable String lastDivisionText;
  private @Nullable DivisionCode lastDivision;

  FormReading(JsonParser parser, ProblemList problems) {
    this.p = parser;
    this.problems = problems;
  }

  /**
   * An element read: its value, or null if it has no usable identity, and the fields that hold
   * stand-ins.
   */
  record Read<T>(@Nullable T value, List<String> excused) {}

  /** Reads one object at the current START_OBJECT with a form, to its END_OBJECT. */
  final <T> Read<T> element(AtlasForm.ElementForm<T> form, Location.JsonPath base, int index)
      throws IOException {
    List<AtlasForm.Field<?>> fields = form.fields();
    ElementValues values = new ElementValues(form, base, index);
    int keys = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      at = base.field(name);
      int f = form.section().fields().indexOf(name);
      if (f < 0) {
        problem(
            ProblemKind.INVALID_VALUE,
            at,
            "unknown field "
                + JsonCursor.quote(name)
                + ", expected one of "
                + String.join(", ", form.section().fields()));
        p.skipChildren();
        continue;
      }
      if ((keys & (1 << f)) != 0) {
        twice(name);
        continue;
      }
      keys |= 1 << f;
      if (value != JsonToken.VALUE_NULL) {
        values.given[f] = true;
        values.raw[f] = fields.get(f).codec().read(this);
      }
    }
    for (int f = 0; f < fields.size(); f++) {
      if (fields.get(f).required() && !values.given[f]) {
        String name = fields.get(f).name();
        problem(
            ProblemKind.MISSING_FIELD,
            base.field(name),
            "required field "
                + JsonCursor.quote(name)
                + " ("
                + fields.get(f).description()
                + ") is missing");
      }
    }
    at = base;
    try {
      return new Read<>(form.assembler().assemble(values), values.excused);
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.INVALID_VALUE, base, String.valueOf(e.getMessage()));
      return new Read<>(null, values.excused);
    }
  }

  /** Reports a field given twice and skips its value. */
  final void twice(String name) throws IOException {
    problem(ProblemKind.INVALID_VALUE, at, "field " + JsonCursor.quote(name) + " is given twice");
    p.skipChildren();
  }

  /** What {@link AtlasForm} assembles an element from. */
  private final class ElementValues implements AtlasForm.Element {
    final AtlasForm.ElementForm<?> form;
    final Location.JsonPath base;
    final int index;
    final @Nullable Object[] raw;
    final boolean[] given;
    final List<String> excused = new ArrayList<>(0);

    ElementValues(AtlasForm.ElementForm<?> form, Location.JsonPath base, int index) {
      this.form = form;
      this.base = base;
      this.index = index;
      this.raw = new Object[form.fields().size()];
      this.given = new boolean[form.fields().size()];
    }

    @Override
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    public <V> @Nullable V get(int i) {
      return (V) raw[i];
    }

    @Override
    public boolean given(int i) {
      return given[i];
    }

    @Override
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    public <V> V orStandIn(int i, V standIn) {
      Object v = raw[i];
      if (v != null) {
        return (V) v;
      }
      excuse(form.section().fields().get(i));
      return standIn;
    }

    @Override
    public void excuse(String field) {
      excused.add(field);
    }

    @Override
    public void problem(ProblemKind kind, String field, String message) {
      int open = field.indexOf('[');
      Location.JsonPath where =
          open < 0
              ? base.field(field)
              : base.field(field.substring(0, open))
                  .index(Integer.parseInt(field.substring(open + 1, field.length() - 1)));
      FormReading.this.problem(kind, where, message);
    }

    @Override
    public int index() {
      return index;
    }
  }

  // ---- Codecs.Reading --------------------------------------------------------------------------

  @Override
  public final JsonParser parser() {
    return p;
  }

  @Override
  public final Location.JsonPath at() {
    return at;
  }

  @Override
  public final void problem(ProblemKind kind, Location where, String message) {
    problems.add(kind, where, message);
  }

  @Override
  public final DivisionCode divisionCode(String text) {
    // consecutive grids mostly share their unit, so they share its code object
    DivisionCode last = lastDivision;
    if (last != null && text.equals(lastDivisionText)) {
      return last;
    }
    DivisionCode code = DivisionCode.parse(text);
    lastDivisionText = text;
    lastDivision = code;
    return code;
  }
}
