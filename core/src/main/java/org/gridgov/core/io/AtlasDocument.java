package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasSection;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.HouseholdTargets;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.Sector;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.JsonTrees;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.core.io.internal.TextInput;
import org.jspecify.annotations.Nullable;

/**
 * One pass over one JSON document with Jackson's streaming parser, element by element, straight
 * into an {@link Atlas.Builder} located by a {@link JsonLocator}: the document text is never held,
 * and the builder's lists are the only copy of the contents. Single use, not thread-safe.
 *
 * <p>Field problems are collected with their JSON paths as the elements are read ({@link
 * AtlasForm}); then the builder validates the whole and its problems, located through the locator,
 * are merged in, in the canonical order. Input that cannot be read on (a syntax error, a limit)
 * stops the reading with the problems found so far and that one, at its path, line and column.
 */
final class AtlasDocument extends FormReading {
  private static final Pattern STANDARD_SCHEME = Pattern.compile("standard-([1-6])");

  private final AtlasJsonReader options;
  private final JsonLocator locator = new JsonLocator();
  private final Atlas.Builder builder = Atlas.builder();

  /** An array with more elements than the limit. */
  private static final class TooManyElements extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Location.JsonPath array;
    private final int limit;
    private final transient @Nullable JsonLocation where;

    TooManyElements(Location.JsonPath array, int limit, @Nullable JsonLocation where) {
      super("more than " + limit + " elements");
      this.array = array;
      this.limit = limit;
      this.where = where;
    }
  }

  AtlasDocument(JsonParser parser, AtlasJsonReader options) {
    super(parser, ProblemList.of(options.limits()));
    this.options = options;
  }

  /**
   * Reads the document and builds the atlas.
   *
   * @throws InvalidAtlasException listing every problem
   * @throws IOException if reading the source fails
   */
  Atlas read() throws IOException {
    try {
      document();
    } catch (TooManyElements e) {
      throw stop(
          ProblemKind.INPUT_TOO_LARGE,
          JsonTrees.at(e.array.index(e.limit), e.where, 0),
          "more elements than the limit of " + e.limit + " in " + e.array);
    } catch (JsonTrees.LimitExceeded e) {
      throw stop(
          ProblemKind.INPUT_TOO_LARGE,
          JsonTrees.at(JsonTrees.pathOf(p, e), p.currentTokenLocation(), 0),
          e.getOriginalMessage());
    } catch (TextInput.Malformed e) {
      throw stop(ProblemKind.MALFORMED_INPUT, context().at(e.line(), e.column()), e.description());
    } catch (TextInput.TooLong e) {
      throw stop(ProblemKind.INPUT_TOO_LARGE, here(p.currentLocation()), e.description());
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw stop(ProblemKind.MALFORMED_INPUT, here(where), JsonTrees.malformed(e, p));
    }
    return finish();
  }

  // ---- the document ----------------------------------------------------------------------------

  private void document() throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw stop(
          ProblemKind.MALFORMED_INPUT, Location.json(), "empty input: expected a JSON object");
    }
    if (first != JsonToken.START_OBJECT) {
      at = Location.json();
      throw stop(
          ProblemKind.INVALID_VALUE, Location.json(), "expected a JSON object, got " + describe());
    }
    boolean format = false;
    EnumSet<AtlasSection> seen = EnumSet.noneOf(AtlasSection.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      at = Location.json().field(name);
      if (name.equals("format")) {
        if (format) {
          twice(name);
          continue;
        }
        format = true;
        format(value);
        continue;
      }
      Optional<AtlasSection> section = AtlasSection.named(name);
      if (section.isEmpty()) {
        problem(
            ProblemKind.INVALID_VALUE,
            at,
            "unknown field "
                + JsonCursor.quote(name)
                + ", expected one of format, "
                + fieldNames());
        p.skipChildren();
        continue;
      }
      if (!seen.add(section.get())) {
        twice(name);
        continue;
      }
      if (value == JsonToken.VALUE_NULL) {
        continue; // as if left out
      }
      section(section.get());
    }
    if (!format) {
      problem(
          ProblemKind.MISSING_FIELD,
          Location.json().field("format"),
          "required field \"format\" (the format, \"" + AtlasForm.FORMAT + "\") is missing");
    }
    if (p.nextToken() != null) {
      throw stop(
          ProblemKind.MALFORMED_INPUT,
          Location.json()
              .at(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()),
          "content after the end of the atlas object: one document holds one atlas");
    }
  }

  private static String fieldNames() {
    StringBuilder sb = new StringBuilder();
    for (AtlasSection s : AtlasSection.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s.fieldName());
    }
    return sb.toString();
  }

  private void format(JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    String text = Codecs.string(this);
    if (text != null && !text.equals(AtlasForm.FORMAT)) {
      problem(
          ProblemKind.INVALID_VALUE,
          at,
          "unsupported format "
              + JsonCursor.quote(text)
              + ", expected \""
              + AtlasForm.FORMAT
              + "\"");
    }
  }

  private void section(AtlasSection section) throws IOException {
    switch (section) {
      case AS_OF -> {
        LocalDate date = Codecs.DATE.read(this);
        if (date != null) {
          builder.asOf(date);
        } else {
          locator.excuse(AtlasSection.AS_OF, 0, "");
        }
      }
      case GRID_CODE_SCHEME -> gridCodeScheme();
      case HOUSEHOLD_TARGETS -> {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          Codecs.wrongType(this, "an object");
          return;
        }
        HouseholdTargets targets = element(AtlasForm.TARGETS, at, 0).value();
        if (targets != null) {
          builder.householdTargets(targets);
        }
      }
      case REQUIRED_SECTORS -> requiredSectors();
      case SECTORS -> {
        if (p.currentToken() == JsonToken.START_ARRAY) {
          builder.sectors(List.of());
        }
        list(AtlasForm.SECTOR, builder::addSector);
      }
      case DIVISIONS -> list(AtlasForm.DIVISION, builder::addDivision);
      case GRIDS -> list(AtlasForm.GRID, builder::addGrid);
      case WORKERS -> list(AtlasForm.WORKER, builder::addWorker);
      case ASSIGNMENTS -> list(AtlasForm.ASSIGNMENT, builder::addAssignment);
      case PARTY_ORGANISATIONS -> list(AtlasForm.PARTY_ORGANISATION, builder::addPartyOrganisation);
      case LIAISONS -> list(AtlasForm.LIAISON, builder::addLiaison);
      case CONTACT_POINTS -> list(AtlasForm.CONTACT_POINT, builder::addContactPoint);
      case RETIRED_DIVISIONS ->
          list(AtlasForm.RETIRED_DIVISION, r -> builder.retireDivision(r.getKey(), r.getValue()));
      case RETIRED_GRIDS ->
          list(AtlasForm.RETIRED_GRID, r -> builder.retireGrid(r.getKey(), r.getValue()));
    }
  }

  private void gridCodeScheme() throws IOException {
    String name = Codecs.string(this);
    if (name == null) {
      locator.excuse(AtlasSection.GRID_CODE_SCHEME, 0, "");
      return;
    }
    Matcher standard = STANDARD_SCHEME.matcher(name);
    if (standard.matches()) {
      builder.gridCodeScheme(GridCodeScheme.standard(Integer.parseInt(standard.group(1))));
      return;
    }
    Optional<GridCodeScheme> custom = options.schemes().apply(name);
    if (custom.isPresent() && custom.get().name().equals(name)) {
      builder.gridCodeScheme(custom.get());
      return;
    }
    locator.excuse(AtlasSection.GRID_CODE_SCHEME, 0, "");
    problem(
        ProblemKind.INVALID_VALUE,
        at,
        custom.isPresent()
            ? "the scheme given for "
                + JsonCursor.quote(name)
                + " calls itself "
                + JsonCursor.quote(custom.get().name())
            : "unknown grid code scheme "
                + JsonCursor.quote(name)
                + ", expected standard-1 to standard-6 or a scheme given to the reader");
  }

  private void requiredSectors() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Codecs.wrongType(this, "an array");
      return;
    }
    Location.JsonPath array = at;
    List<Sector> required = new ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      checkElements(k, array);
      at = array.index(k);
      String code = Codecs.SECTOR_CODE.read(this);
      if (code == null) {
        code = "invalid-" + k;
        locator.excuse(AtlasSection.REQUIRED_SECTORS, k, "");
      }
      required.add(Sector.of(code, code)); // matched to the catalogue by code
      k++;
    }
    builder.requiredSectors(required);
  }

  /** Something that takes the elements of a list section. */
  @FunctionalInterface
  private interface Sink<T> {
    void add(T element);
  }

  private <T> void list(AtlasForm.ElementForm<T> form, Sink<T> sink) throws IOException {
    AtlasSection section = form.section();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      Codecs.wrongType(this, "an array");
      locator.excuseSection(section);
      return;
    }
    Location.JsonPath array = at;
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      checkElements(i, array);
      at = array.index(i);
      T element = null;
      if (p.currentToken() == JsonToken.START_OBJECT) {
        Read<T> read = element(form, at, i);
        element = read.value();
        if (element != null) {
          int b = locator.nextBuilderIndex(section);
          read.excused().forEach(field -> locator.excuse(section, b, field));
        }
      } else {
        problem(ProblemKind.INVALID_VALUE, at, "expected an object, got " + describe());
        p.skipChildren();
      }
      // once the problem list is full the result is certain: hold no more elements
      if (element != null && !problems.isFull()) {
        sink.add(element);
        locator.accepted(section, i);
      } else {
        locator.skipped(section, i);
      }
      i++;
    }
  }

  @Override
  public void checkElements(int count, Location.JsonPath array) throws IOException {
    if (count >= options.limits().maxElements()) {
      throw new TooManyElements(array, options.limits().maxElements(), p.currentTokenLocation());
    }
  }

  // ---- the end ---------------------------------------------------------------------------------

  private Atlas finish() {
    if (problems.isFull()) {
      // the builder has not been given everything; its verdict could only add to an overflow
      throw failure(sorted(problems.kept()), problems.omitted());
    }
    builder.locatedBy(locator).maxProblems(options.limits().maxProblems());
    if (problems.isEmpty()) {
      return builder.build(); // with the builder's problems located in the document
    }
    List<Problem> all = new ArrayList<>(problems.kept());
    long omitted = problems.omitted();
    all.addAll(builder.check());
    List<Problem> ordered = sorted(all);
    int cap = options.limits().maxProblems();
    if (ordered.size() > cap) {
      omitted += ordered.size() - cap;
      ordered = ordered.subList(0, cap);
    }
    throw failure(ordered, omitted);
  }

  /** The problems in canonical order; the reader's before the builder's at the same place. */
  private static List<Problem> sorted(List<Problem> list) {
    List<Problem> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(Problem::location, AtlasSection.locationOrder()));
    return copy;
  }

  /** The exception for input that cannot be read on: what was found so far, then this. */
  private InvalidAtlasException stop(ProblemKind kind, Location where, String message) {
    List<Problem> all = sorted(problems.kept());
    long omitted = problems.omitted();
    if (all.size() >= options.limits().maxProblems()) {
      all = new ArrayList<>(all.subList(0, options.limits().maxProblems() - 1));
      omitted++;
    }
    all.add(Problem.of(kind, where, message));
    return failure(all, omitted);
  }

  private static InvalidAtlasException failure(List<Problem> problems, long omitted) {
    return new InvalidAtlasException(problems, omitted);
  }

  private Location.JsonPath context() {
    return JsonTrees.pathOf(p.getParsingContext());
  }

  private Location.JsonPath here(@Nullable JsonLocation where) {
    return JsonTrees.at(context(), where, 0);
  }

  private String describe() throws IOException {
    return Codecs.describe(p);
  }
}
