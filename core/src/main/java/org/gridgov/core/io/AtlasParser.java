package org.gridgov.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasProblem;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCodeScheme;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridWorker;
import org.gridgov.core.HouseholdTargets;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.InvalidCodeException;
import org.gridgov.core.LeaderRank;
import org.gridgov.core.Liaison;
import org.gridgov.core.PartyOrganisation;
import org.gridgov.core.PartyOrganisationKind;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.Sector;
import org.gridgov.core.UrbanRuralClass;
import org.gridgov.core.WorkerRole;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into an atlas with Jackson's streaming parser, element by element,
 * straight into an {@link Atlas.Builder}: the document text is never held, and the builder's lists
 * are the only copy of the contents. Single use, not thread-safe.
 *
 * <p>Every field problem is collected with its JSON path. Then the builder validates the whole
 * (duplicates, references, lineage) and its problems are merged in. To keep the builder's paths
 * equal to the document's and to avoid cascades:
 *
 * <ul>
 *   <li>An element with a bad field other than its own code or id still goes to the builder, with a
 *       neutral stand-in for the bad field, so that its other fields are still checked (a grid with
 *       negative households can still be a duplicate). Whatever the builder then reports about a
 *       stand-in (at the stand-in's path, or naming a stand-in code) is dropped: it follows from a
 *       problem reported already.
 *   <li>An element whose code or id is unusable has no identity to check and is left out; the
 *       builder's paths after it are mapped back to document indices.
 * </ul>
 *
 * <p>Stand-ins never escape: they only exist when a problem has been reported, and then the reader
 * throws.
 */
final class AtlasParser {
  private static final String STAND_IN_NAME = "(invalid)";
  private static final String STAND_IN_GRID_MARK = "--invalid";
  private static final GridCode STAND_IN_GRID = GridCode.parse(STAND_IN_GRID_MARK + "--");
  // A valid village-level code that no real atlas holds (Macau, province-run group, quasi town).
  private static final DivisionCode STAND_IN_UNIT = DivisionCode.parse("829090599599");
  private static final String STAND_IN_WORKER = "\u0000invalid";
  private static final LocalDate STAND_IN_DATE = LocalDate.EPOCH;

  private static final Pattern SECTOR_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
  private static final Pattern STANDARD_SCHEME = Pattern.compile("standard-([1-6])");
  private static final Pattern SECTION_INDEX = Pattern.compile("\\$\\.([A-Za-z]+)\\[(\\d+)\\]");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern JACKSON_LIMIT_VALUE = Pattern.compile("\\((\\d+)\\)");
  private static final int QUOTED_MAX = 80;

  private final JsonParser p;
  private final AtlasJsonReader options;
  private final Atlas.Builder builder = Atlas.builder();
  private final List<AtlasProblem> problems = new ArrayList<>();
  private final Map<String, Section> sections = new HashMap<>();
  // Builder problems caused by stand-ins: any kind at a path, or one kind at a path.
  private final Set<String> suppressedPaths = new HashSet<>();
  private final Set<String> suppressedKindAtPath = new HashSet<>();
  private final Set<ProblemKind> suppressedKinds = EnumSet.noneOf(ProblemKind.class);

  // The object being read is at `base`, or at `base[index]` when index >= 0.
  private String base = "$";
  private int index = -1;

  private @Nullable LocalDate asOf;
  private boolean asOfInvalid;
  private @Nullable GridCodeScheme scheme;
  private @Nullable HouseholdTargets targets;
  private @Nullable List<Sector> sectors;
  private final List<@Nullable String> requiredSectorCodes = new ArrayList<>();
  private final List<PendingLiaison> liaisons = new ArrayList<>();

  // One-entry cache: consecutive grids mostly share their unit, so they share its code object.
  private @Nullable String lastDivisionText;
  private @Nullable DivisionCode lastDivision;

  AtlasParser(JsonParser parser, AtlasJsonReader options) {
    this.p = parser;
    this.options = options;
  }

  /** A liaison waits for the sector catalogue, which may come later in the document. */
  private record PendingLiaison(
      int index, @Nullable String name, @Nullable DivisionCode unit, @Nullable String sector) {}

  /** The document indices of a top-level array that the builder did not get. */
  private static final class Section {
    int count;
    int[] rejected = new int[0];
    int rejectedCount;
    int @Nullable [] accepted;

    void reject(int i) {
      if (rejectedCount == rejected.length) {
        rejected = Arrays.copyOf(rejected, Math.max(4, rejectedCount * 2));
      }
      rejected[rejectedCount++] = i;
    }

    /** The document index of the builder's element {@code b}. */
    int documentIndex(int b) {
      if (rejectedCount == 0) {
        return b;
      }
      int[] map = accepted;
      if (map == null) {
        map = new int[count - rejectedCount];
        int r = 0;
        int k = 0;
        for (int j = 0; j < count && k < map.length; j++) {
          if (r < rejectedCount && rejected[r] == j) {
            r++;
          } else {
            map[k++] = j;
          }
        }
        accepted = map;
      }
      return b < map.length ? map[b] : b;
    }
  }

  /** The fields of one object as they are read. */
  private static final class Scan {
    final List<String> fields;
    int keys;
    int given;

    Scan(List<String> fields) {
      this.fields = fields;
    }

    boolean has(int field) {
      return (given & (1 << field)) != 0;
    }
  }

  /** A limit was exceeded; the path is null when only the parser knows where. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    private final @Nullable String path;

    LimitExceeded(@Nullable String path, String message) {
      super(message);
      this.path = path;
    }

    @Nullable String path() {
      return path;
    }
  }

  // ---- entry -----------------------------------------------------------------------------------

  /**
   * Reads the document and builds the atlas.
   *
   * @throws InvalidAtlasException listing every problem
   * @throws IOException if reading the source fails
   */
  Atlas read() throws IOException {
    try {
      document();
    } catch (LimitExceeded e) {
      String path = e.path();
      // with a path, the element or string that is too large; without, where reading stopped
      throw stop(
          ProblemKind.INPUT_TOO_LARGE,
          path != null ? path : contextPath(),
          e.getMessage() + at(path != null ? p.currentTokenLocation() : p.currentLocation()));
    } catch (StreamConstraintsException e) {
      // the start of the string, number or container that is too large
      String m = e.getOriginalMessage();
      JsonStreamContext c = p.getParsingContext();
      // a field name too long belongs to its object, not to the field read before it
      String path =
          m != null && m.startsWith("Name length") && c != null && c.inObject()
              ? pathOf(c.getParent())
              : contextPath();
      throw stop(ProblemKind.INPUT_TOO_LARGE, path, limitMessage(e) + at(p.currentTokenLocation()));
    } catch (JsonProcessingException e) {
      throw stop(
          ProblemKind.MALFORMED_INPUT,
          contextPath(),
          "malformed JSON" + at(location(e)) + ": " + clean(e.getOriginalMessage()));
    } catch (CharConversionException e) {
      throw stop(
          ProblemKind.MALFORMED_INPUT,
          contextPath(),
          "malformed input" + at(p.currentLocation()) + ": " + e.getMessage());
    }
    return finish();
  }

  private void document() throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw stop(ProblemKind.MALFORMED_INPUT, "$", "empty input: expected a JSON object");
    }
    if (first != JsonToken.START_OBJECT) {
      throw stop(ProblemKind.INVALID_VALUE, "$", "expected a JSON object, got " + describeToken());
    }
    Scan top = new Scan(Form.TOP);
    int f;
    while ((f = next(top)) >= 0) {
      switch (f) {
        case 0 -> format();
        case 1 -> {
          asOf = date("asOf");
          asOfInvalid = asOf == null;
        }
        case 2 -> gridCodeScheme();
        case 3 -> householdTargets();
        case 4 -> sectors();
        case 5 -> requiredSectors();
        case 6 -> array("divisions", this::division);
        case 7 -> array("grids", this::grid);
        case 8 -> array("workers", this::worker);
        case 9 -> array("assignments", this::assignment);
        case 10 -> array("partyOrganisations", this::partyOrganisation);
        case 11 -> array("liaisons", this::liaison);
        case 12 -> array("contactPoints", this::contactPoint);
        case 13 -> array("retiredDivisions", this::retiredDivision);
        case 14 -> array("retiredGrids", this::retiredGrid);
        default -> throw new AssertionError(f);
      }
    }
    required(top, 0, "the format, \"" + Form.FORMAT + "\"");
    // a missing asOf is the builder's to report
    if (p.nextToken() != null) {
      throw stop(
          ProblemKind.MALFORMED_INPUT,
          "$",
          "unexpected content after the atlas object" + at(p.currentTokenLocation()));
    }
  }

  // ---- top-level fields ------------------------------------------------------------------------

  private void format() throws IOException {
    String value = string("format");
    if (value != null && !value.equals(Form.FORMAT)) {
      problem(
          ProblemKind.INVALID_VALUE,
          here("format"),
          "unsupported format " + quote(value) + ", expected \"" + Form.FORMAT + "\"");
    }
  }

  private void gridCodeScheme() throws IOException {
    String name = string("gridCodeScheme");
    if (name == null) {
      suppressedKinds.add(ProblemKind.GRID_CODE_MISMATCH);
      return;
    }
    Matcher standard = STANDARD_SCHEME.matcher(name);
    if (standard.matches()) {
      scheme = GridCodeScheme.standard(Integer.parseInt(standard.group(1)));
      return;
    }
    Function<String, Optional<GridCodeScheme>> resolver = options.schemes();
    Optional<GridCodeScheme> custom = resolver.apply(name);
    if (custom.isPresent() && custom.get().name().equals(name)) {
      scheme = custom.get();
      return;
    }
    suppressedKinds.add(ProblemKind.GRID_CODE_MISMATCH);
    problem(
        ProblemKind.INVALID_VALUE,
        here("gridCodeScheme"),
        custom.isPresent()
            ? "the scheme given for " + quote(name) + " calls itself " + quote(custom.get().name())
            : "unknown grid code scheme "
                + quote(name)
                + ", expected standard-1 to standard-6 or a scheme given to the reader");
  }

  private void householdTargets() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType("householdTargets", "an object");
      return;
    }
    String savedBase = base;
    base = "$.householdTargets";
    Scan s = new Scan(Form.TARGETS);
    Integer urban = null;
    Integer rural = null;
    Integer tolerance = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> urban = atLeast(integer("urban"), 1, "urban");
        case 1 -> rural = atLeast(integer("rural"), 1, "rural");
        case 2 -> {
          tolerance = atLeast(integer("tolerancePercent"), 0, "tolerancePercent");
          if (tolerance != null && tolerance > 100) {
            problem(
                ProblemKind.INVALID_VALUE,
                here("tolerancePercent"),
                "tolerancePercent must be 0–100, got " + tolerance);
            tolerance = null;
          }
        }
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "households per urban grid");
    required(s, 1, "households per rural grid");
    required(s, 2, "the tolerance in percent");
    if (urban != null && rural != null && tolerance != null) {
      try {
        targets = new HouseholdTargets(urban, rural, tolerance);
      } catch (IllegalArgumentException e) {
        problem(ProblemKind.INVALID_VALUE, base, message(e));
      }
    }
    base = savedBase;
  }

  private @Nullable Integer atLeast(@Nullable Integer value, int min, String field) {
    if (value != null && value < min) {
      problem(
          ProblemKind.INVALID_VALUE, here(field), field + " must be >= " + min + ", got " + value);
      return null;
    }
    return value;
  }

  private void sectors() throws IOException {
    List<Sector> list = new ArrayList<>();
    if (array("sectors", () -> sector(list))) {
      sectors = list;
    } else {
      suppressedKinds.add(ProblemKind.UNKNOWN_SECTOR);
    }
  }

  private boolean sector(List<Sector> into) throws IOException {
    Scan s = new Scan(Form.SECTOR);
    String code = null;
    String name = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> code = sectorCode("code");
        case 1 -> name = name("name");
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the sector's code");
    required(s, 1, "the sector's name");
    if (code == null) {
      return false;
    }
    into.add(new Sector(code, name != null ? name : STAND_IN_NAME));
    return true;
  }

  private void requiredSectors() throws IOException {
    Section section = section("requiredSectors");
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType("requiredSectors", "an array");
      return;
    }
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      checkElementCount(k, "$.requiredSectors");
      requiredSectorCodes.add(sectorCode("requiredSectors[" + k + "]"));
      k++;
    }
    section.count = k;
  }

  // ---- arrays of elements ----------------------------------------------------------------------

  /** Reads one element at the current START_OBJECT; returns whether the builder got it. */
  @FunctionalInterface
  private interface ElementReader {
    boolean read() throws IOException;
  }

  private Section section(String name) {
    return sections.computeIfAbsent(name, n -> new Section());
  }

  /** Reads a top-level array of objects; returns false if the value is not an array. */
  @CanIgnoreReturnValue
  private boolean array(String name, ElementReader reader) throws IOException {
    Section section = section(name);
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(name, "an array");
      switch (name) {
        case "divisions" -> {
          suppressedKinds.add(ProblemKind.UNKNOWN_UNIT);
          suppressedKinds.add(ProblemKind.UNKNOWN_PARENT);
        }
        case "grids" -> suppressedKinds.add(ProblemKind.UNKNOWN_GRID);
        case "workers" -> suppressedKinds.add(ProblemKind.UNKNOWN_WORKER);
        default -> {
          // nothing refers to the other sections
        }
      }
      return false;
    }
    base = "$." + name;
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      checkElementCount(i, base);
      index = i;
      boolean accepted;
      if (p.currentToken() == JsonToken.START_OBJECT) {
        accepted = reader.read();
      } else {
        problem(
            ProblemKind.INVALID_VALUE, objectPath(), "expected an object, got " + describeToken());
        p.skipChildren();
        accepted = false;
      }
      if (!accepted) {
        section.reject(i);
      }
      i++;
    }
    section.count = i;
    base = "$";
    index = -1;
    return true;
  }

  private void checkElementCount(int i, String arrayPath) throws LimitExceeded {
    if (i >= options.maxElements()) {
      throw new LimitExceeded(
          arrayPath + "[" + i + "]",
          "more elements than the limit of " + options.maxElements() + " in " + arrayPath);
    }
  }

  private boolean division() throws IOException {
    Scan s = new Scan(Form.DIVISION);
    DivisionCode code = null;
    String name = null;
    UrbanRuralClass cls = null;
    String levelText = null;
    String parentText = null;
    DivisionCode parent = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> code = divisionCode("code");
        case 1 -> name = name("name");
        case 2 -> cls = urbanRuralClass();
        case 3 -> levelText = string("level");
        case 4 -> {
          parentText = string("parent");
          parent = parentText == null ? null : parseDivisionCode(parentText, "parent");
        }
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the division's code");
    required(s, 1, "the division's name");
    DivisionLevel level = null;
    if (levelText != null) {
      level = levelNamed(levelText);
      if (level == null) {
        problem(
            ProblemKind.INVALID_VALUE,
            here("level"),
            "unknown level "
                + quote(levelText)
                + ", expected one of province, city, county, town, village");
      }
    }
    if (code == null) {
      return false;
    }
    if (level != null && level != code.level()) {
      problem(
          ProblemKind.LEVEL_MISMATCH,
          here("level"),
          "division "
              + code
              + " is a "
              + levelName(code.level())
              + " by its code, not a "
              + levelName(level));
    }
    if (parent != null && parentText != null) {
      Optional<DivisionCode> expected = code.parent();
      if (expected.isEmpty()) {
        problem(
            ProblemKind.LEVEL_MISMATCH,
            here("parent"),
            "division " + code + " is a province and has no parent, got " + quote(parentText));
      } else if (!expected.get().equals(parent)) {
        problem(
            ProblemKind.LEVEL_MISMATCH,
            here("parent"),
            "the parent of division "
                + code
                + " is "
                + expected.get()
                + " by its code, not "
                + quote(parentText));
      }
    }
    if (cls != null && code.level() != DivisionLevel.VILLAGE) {
      problem(
          ProblemKind.INVALID_VALUE,
          here("urbanRuralClass"),
          "the urban-rural class applies to communities and villages only, not to "
              + code
              + " (a "
              + levelName(code.level())
              + ")");
      cls = null;
    }
    try {
      builder.addDivision(new Division(code, name != null ? name : STAND_IN_NAME, cls));
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.INVALID_VALUE, objectPath(), message(e));
      return false;
    }
    return true;
  }

  private @Nullable UrbanRuralClass urbanRuralClass() throws IOException {
    Integer value = integer("urbanRuralClass");
    if (value == null) {
      return null;
    }
    Optional<UrbanRuralClass> cls = UrbanRuralClass.fromCode(value);
    if (cls.isEmpty()) {
      problem(
          ProblemKind.INVALID_VALUE,
          here("urbanRuralClass"),
          "unknown urban-rural class "
              + value
              + ", expected one of "
              + Arrays.stream(UrbanRuralClass.values())
                  .map(c -> Integer.toString(c.code()))
                  .collect(Collectors.joining(", ")));
      return null;
    }
    return cls.get();
  }

  private boolean grid() throws IOException {
    Scan s = new Scan(Form.GRID);
    GridCode code = null;
    DivisionCode unit = null;
    GridKind kind = null;
    String name = null;
    Integer households = null;
    Integer residents = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> code = gridCode("code");
        case 1 -> unit = divisionCode("unit");
        case 2 -> kind = enumValue("kind", GridKind.class);
        case 3 -> name = name("name");
        case 4 -> households = count("households");
        case 5 -> residents = count("residents");
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the grid's code");
    required(s, 1, "the grid's community or village");
    required(s, 2, "the grid's kind");
    required(s, 3, "the grid's name");
    required(s, 4, "the grid's households");
    required(s, 5, "the grid's residents");
    if (code == null) {
      return false;
    }
    if (unit == null) {
      suppressPath(here("unit"));
      suppress(ProblemKind.GRID_CODE_MISMATCH, here("code"));
    }
    try {
      builder.addGrid(
          new Grid(
              code,
              unit != null ? unit : STAND_IN_UNIT,
              kind != null ? kind : GridKind.BASE,
              name != null ? name : STAND_IN_NAME,
              households != null ? households : 0,
              residents != null ? residents : 0));
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.INVALID_VALUE, objectPath(), message(e));
      return false;
    }
    return true;
  }

  private boolean worker() throws IOException {
    Scan s = new Scan(Form.WORKER);
    String id = null;
    String name = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> id = name("id");
        case 1 -> name = name("name");
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the worker's id");
    required(s, 1, "the worker's name");
    if (id == null) {
      return false;
    }
    try {
      builder.addWorker(new GridWorker(id, name != null ? name : STAND_IN_NAME));
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.INVALID_VALUE, objectPath(), message(e));
      return false;
    }
    return true;
  }

  private boolean assignment() throws IOException {
    Scan s = new Scan(Form.ASSIGNMENT);
    String worker = null;
    GridCode grid = null;
    WorkerRole role = null;
    LocalDate start = null;
    LocalDate end = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> worker = name("worker");
        case 1 -> grid = gridCode("grid");
        case 2 -> role = enumValue("role", WorkerRole.class);
        case 3 -> start = date("start");
        case 4 -> end = date("end");
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the worker's id");
    required(s, 1, "the grid");
    required(s, 2, "the role");
    required(s, 3, "the first day of the post");
    boolean endInvalid = s.has(4) && end == null;
    if (start != null && end != null && end.isBefore(start)) {
      problem(ProblemKind.INVALID_VALUE, here("end"), "end " + end + " is before start " + start);
      endInvalid = true;
    }
    if (role == WorkerRole.SECONDED_CADRE && !s.has(4)) {
      problem(
          ProblemKind.INVALID_VALUE,
          here("end"),
          "a seconded cadre (SECONDED_CADRE) serves a term: the end date is required");
      endInvalid = true;
    }
    if (worker == null) {
      suppressPath(here("worker"));
    }
    if (grid == null) {
      suppressPath(here("grid"));
    }
    try {
      if (worker != null && grid != null && role != null && start != null && !endInvalid) {
        builder.addAssignment(new Assignment(worker, grid, role, start, end));
      } else {
        // A post with a bad field takes no part in the grid leader overlap check.
        builder.addAssignment(
            new Assignment(
                worker != null ? worker : STAND_IN_WORKER,
                grid != null ? grid : STAND_IN_GRID,
                WorkerRole.ASSISTANT,
                start != null ? start : STAND_IN_DATE,
                null));
      }
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.INVALID_VALUE, objectPath(), message(e));
      return false;
    }
    return true;
  }

  private boolean partyOrganisation() throws IOException {
    Scan s = new Scan(Form.PARTY_ORGANISATION);
    String id = null;
    String name = null;
    PartyOrganisationKind kind = null;
    List<GridCode> grids = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> id = name("id");
        case 1 -> name = name("name");
        case 2 -> kind = enumValue("kind", PartyOrganisationKind.class);
        case 3 -> grids = gridCodes("grids", true);
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the organisation's id");
    required(s, 1, "the organisation's name");
    required(s, 2, "the organisation's kind");
    required(s, 3, "the grids the organisation covers");
    if (grids != null && grids.isEmpty()) {
      problem(
          ProblemKind.INVALID_VALUE,
          here("grids"),
          "a party organisation must cover at least one grid");
    }
    if (id == null) {
      return false;
    }
    if (grids == null || grids.isEmpty()) {
      grids = List.of(STAND_IN_GRID);
      suppressPath(here("grids[0]"));
    }
    try {
      builder.addPartyOrganisation(
          new PartyOrganisation(
              id,
              name != null ? name : STAND_IN_NAME,
              kind != null ? kind : PartyOrganisationKind.GRID_BRANCH,
              grids));
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.INVALID_VALUE, objectPath(), message(e));
      return false;
    }
    return true;
  }

  private boolean liaison() throws IOException {
    Scan s = new Scan(Form.LIAISON);
    String name = null;
    DivisionCode unit = null;
    String sector = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> name = name("name");
        case 1 -> unit = divisionCode("unit");
        case 2 -> sector = sectorCode("sector");
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the liaison's name");
    required(s, 1, "the unit served");
    required(s, 2, "the sector represented");
    if (unit == null) {
      suppressPath(here("unit"));
      suppress(ProblemKind.DUPLICATE_LIAISON, objectPath());
    }
    liaisons.add(new PendingLiaison(index, name, unit, sector));
    return true;
  }

  private boolean contactPoint() throws IOException {
    Scan s = new Scan(Form.CONTACT_POINT);
    String leader = null;
    LeaderRank rank = null;
    DivisionCode unit = null;
    GridCode grid = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> leader = name("leader");
        case 1 -> rank = enumValue("rank", LeaderRank.class);
        case 2 -> unit = divisionCode("unit");
        case 3 -> grid = gridCode("grid");
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the leader's name");
    required(s, 1, "the leader's rank");
    required(s, 2, "the community or village");
    if (unit == null) {
      suppressPath(here("unit"));
      suppress(ProblemKind.INVALID_VALUE, here("grid"));
    }
    if (s.has(3) && grid == null) {
      suppressPath(here("grid"));
      grid = STAND_IN_GRID;
    }
    try {
      builder.addContactPoint(
          new ContactPoint(
              leader != null ? leader : STAND_IN_NAME,
              rank != null ? rank : LeaderRank.CITY,
              unit != null ? unit : STAND_IN_UNIT,
              grid));
    } catch (IllegalArgumentException e) {
      problem(ProblemKind.INVALID_VALUE, objectPath(), message(e));
      return false;
    }
    return true;
  }

  private boolean retiredDivision() throws IOException {
    Scan s = new Scan(Form.RETIRED);
    DivisionCode code = null;
    List<DivisionCode> successors = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> code = divisionCode("code");
        case 1 -> successors = divisionCodes("successors");
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the retired code");
    required(s, 1, "the codes that replaced it, empty for a removal");
    if (code == null) {
      return false;
    }
    builder.retireDivision(code, successors != null ? successors : List.of());
    return true;
  }

  private boolean retiredGrid() throws IOException {
    Scan s = new Scan(Form.RETIRED);
    GridCode code = null;
    List<GridCode> successors = null;
    int f;
    while ((f = next(s)) >= 0) {
      switch (f) {
        case 0 -> code = gridCode("code");
        case 1 -> successors = gridCodes("successors", false);
        default -> throw new AssertionError(f);
      }
    }
    required(s, 0, "the retired code");
    required(s, 1, "the codes that replaced it, empty for a removal");
    if (code == null) {
      return false;
    }
    builder.retireGrid(code, successors != null ? successors : List.of());
    return true;
  }

  /** A list of grid codes with a stand-in for each bad entry; null if not an array. */
  private @Nullable List<GridCode> gridCodes(String field, boolean distinct) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(field, "an array");
      return null;
    }
    List<GridCode> list = new ArrayList<>();
    Map<GridCode, Integer> first = distinct ? new HashMap<>() : Map.of();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      checkElementCount(k, here(field));
      String entry = field + "[" + k + "]";
      GridCode code = gridCode(entry);
      if (code != null && distinct) {
        Integer earlier = first.putIfAbsent(code, k);
        if (earlier != null) {
          problem(
              ProblemKind.INVALID_VALUE,
              here(entry),
              "grid " + code + " is listed twice (first at " + field + "[" + earlier + "])");
          code = null;
        }
      }
      if (code == null) {
        // distinct stand-ins, so that the organisation's own no-repeat rule holds
        code = GridCode.parse(STAND_IN_GRID_MARK + "-" + k + "--");
        suppressPath(here(entry));
      }
      list.add(code);
      k++;
    }
    return list;
  }

  /** A list of division codes with a stand-in for each bad entry; null if not an array. */
  private @Nullable List<DivisionCode> divisionCodes(String field) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrongType(field, "an array");
      return null;
    }
    List<DivisionCode> list = new ArrayList<>();
    int k = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      checkElementCount(k, here(field));
      String entry = field + "[" + k + "]";
      DivisionCode code = divisionCode(entry);
      if (code == null) {
        code = STAND_IN_UNIT;
        suppressPath(here(entry));
      }
      list.add(code);
      k++;
    }
    return list;
  }

  // ---- the end of the document -----------------------------------------------------------------

  private Atlas finish() {
    if (asOf != null) {
      builder.asOf(asOf);
    } else if (asOfInvalid) {
      builder.asOf(STAND_IN_DATE);
    }
    builder.gridCodeScheme(scheme != null ? scheme : GridCodeScheme.standard());
    builder.householdTargets(targets != null ? targets : HouseholdTargets.DEFAULT);
    List<Sector> catalogue = sectors != null ? sectors : Sector.predefined();
    if (sectors != null) {
      builder.sectors(sectors);
    }
    Map<String, Sector> byCode = new LinkedHashMap<>();
    for (Sector s : catalogue) {
      byCode.putIfAbsent(s.code(), s);
    }
    boolean catalogueKnown = !suppressedKinds.contains(ProblemKind.UNKNOWN_SECTOR);

    Section required = section("requiredSectors");
    List<Sector> requiredList = new ArrayList<>();
    for (int k = 0; k < requiredSectorCodes.size(); k++) {
      String code = requiredSectorCodes.get(k);
      Sector sector = code == null ? null : byCode.get(code);
      if (sector != null) {
        requiredList.add(sector);
        continue;
      }
      if (code != null && catalogueKnown) {
        problem(
            ProblemKind.UNKNOWN_SECTOR,
            "$.requiredSectors[" + k + "]",
            "required sector " + quote(code) + " is not in the sector catalogue" + list(byCode));
      }
      required.reject(k);
    }
    builder.requiredSectors(requiredList);

    for (PendingLiaison l : liaisons) {
      String path = "$.liaisons[" + l.index() + "]";
      String code = l.sector();
      Sector sector = code == null ? null : byCode.get(code);
      if (sector == null) {
        if (code != null && catalogueKnown) {
          problem(
              ProblemKind.UNKNOWN_SECTOR,
              path + ".sector",
              "sector " + quote(code) + " is not in the sector catalogue" + list(byCode));
        }
        if (code == null) {
          suppress(ProblemKind.DUPLICATE_LIAISON, path);
        }
        sector = new Sector(code != null ? code : "invalid-" + l.index(), STAND_IN_NAME);
        suppressPath(path + ".sector");
      }
      String name = l.name();
      DivisionCode unit = l.unit();
      builder.addLiaison(
          new Liaison(
              name != null ? name : STAND_IN_NAME, unit != null ? unit : STAND_IN_UNIT, sector));
    }

    Atlas atlas = null;
    List<AtlasProblem> fromBuilder = List.of();
    try {
      atlas = builder.build();
    } catch (InvalidAtlasException e) {
      fromBuilder = e.problems();
    }
    if (atlas != null && problems.isEmpty()) {
      return atlas;
    }
    List<AtlasProblem> all = new ArrayList<>(problems);
    for (AtlasProblem q : fromBuilder) {
      AtlasProblem mapped =
          new AtlasProblem(q.kind(), toDocumentIndices(q.path()), toDocumentIndices(q.message()));
      if (!suppressedKinds.contains(mapped.kind())
          && !suppressedPaths.contains(mapped.path())
          && !suppressedKindAtPath.contains(mapped.kind() + " " + mapped.path())
          && !namesAStandIn(mapped.message())) {
        all.add(mapped);
      }
    }
    if (all.isEmpty()) {
      // Cannot happen: stand-ins only exist beside a problem of the reader's own. Never hide the
      // builder's verdict, though.
      all.addAll(fromBuilder);
    }
    throw new InvalidAtlasException(sorted(all));
  }

  /**
   * Whether a message of the builder's names a stand-in code: then it is about the stand-in, a
   * consequence of a problem reported already (a contact point naming a grid whose unit was
   * malformed, say).
   */
  private static boolean namesAStandIn(String message) {
    return message.contains(STAND_IN_UNIT.toPaddedString())
        || message.contains(STAND_IN_GRID_MARK)
        || message.contains(STAND_IN_WORKER);
  }

  private static String list(Map<String, Sector> byCode) {
    if (byCode.isEmpty()) {
      return ", which is empty";
    }
    int shown = 20;
    String codes = byCode.keySet().stream().limit(shown).collect(Collectors.joining(", "));
    return " (" + codes + (byCode.size() > shown ? ", …" : "") + ")";
  }

  /** Rewrites the builder's {@code $.section[i]} positions into document positions. */
  private String toDocumentIndices(String text) {
    if (text.indexOf('[') < 0) {
      return text;
    }
    Matcher m = SECTION_INDEX.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    while (m.find()) {
      Section section = sections.get(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int d = section == null ? b : section.documentIndex(b);
      m.appendReplacement(sb, Matcher.quoteReplacement("$." + m.group(1) + "[" + d + "]"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Problems in the order of the canonical form: by top-level field, then element index, then the
   * rest of the path; problems at the same place keep the order they were found in (the reader's
   * before the builder's). The order does not depend on the key order of the input.
   */
  private static List<AtlasProblem> sorted(List<AtlasProblem> list) {
    List<AtlasProblem> copy = new ArrayList<>(list);
    copy.sort(
        Comparator.comparingInt((AtlasProblem q) -> rank(q.path()))
            .thenComparingInt(q -> elementIndex(q.path()))
            .thenComparing(q -> rest(q.path())));
    return copy;
  }

  private static int rank(String path) {
    if (path.equals("$")) {
      return -1;
    }
    if (!path.startsWith("$.")) {
      return Form.TOP.size() + 1;
    }
    return Form.rankOf(path.substring(2, fieldEnd(path)));
  }

  private static int fieldEnd(String path) {
    int end = 2;
    while (end < path.length() && path.charAt(end) != '[' && path.charAt(end) != '.') {
      end++;
    }
    return end;
  }

  private static int elementIndex(String path) {
    if (!path.startsWith("$.")) {
      return -1;
    }
    int start = fieldEnd(path);
    if (start >= path.length() || path.charAt(start) != '[') {
      return -1;
    }
    int close = path.indexOf(']', start);
    try {
      return Integer.parseInt(path.substring(start + 1, close));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static String rest(String path) {
    if (!path.startsWith("$.")) {
      return path;
    }
    int start = fieldEnd(path);
    if (start < path.length() && path.charAt(start) == '[') {
      int close = path.indexOf(']', start);
      return close < 0 ? "" : path.substring(close + 1);
    }
    return path.substring(start);
  }

  // ---- fields ----------------------------------------------------------------------------------

  /**
   * Advances to the value of the next known field that is not null and returns the field's position
   * in the scan's list; -1 at the end of the object. Unknown and repeated fields are reported and
   * skipped; a null value counts as leaving the field out.
   */
  private int next(Scan s) throws IOException {
    while (true) {
      if (p.nextToken() != JsonToken.FIELD_NAME) {
        return -1;
      }
      String name = p.currentName();
      JsonToken value = p.nextToken();
      int f = s.fields.indexOf(name);
      if (f < 0) {
        problem(
            ProblemKind.INVALID_VALUE,
            child(objectPath(), name),
            "unknown field " + quote(name) + ", expected one of " + String.join(", ", s.fields));
        p.skipChildren();
        continue;
      }
      int bit = 1 << f;
      if ((s.keys & bit) != 0) {
        problem(ProblemKind.INVALID_VALUE, here(name), "field " + quote(name) + " is given twice");
        p.skipChildren();
        continue;
      }
      s.keys |= bit;
      if (value == JsonToken.VALUE_NULL) {
        continue;
      }
      s.given |= bit;
      return f;
    }
  }

  private void required(Scan s, int field, String what) {
    if (!s.has(field)) {
      String name = s.fields.get(field);
      problem(
          ProblemKind.MISSING_FIELD,
          here(name),
          "required field " + quote(name) + " (" + what + ") is missing");
    }
  }

  private @Nullable String string(String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(field, "a string");
      return null;
    }
    String text = p.getText();
    if (text.length() > options.maxStringLength()) {
      throw new LimitExceeded(
          here(field),
          "a string of "
              + text.length()
              + " characters, more than the limit of "
              + options.maxStringLength());
    }
    return text;
  }

  /** A string that must not be blank: names and ids. */
  private @Nullable String name(String field) throws IOException {
    String text = string(field);
    if (text != null && text.isBlank()) {
      problem(
          ProblemKind.INVALID_VALUE, here(field), field + " must not be blank, got " + quote(text));
      return null;
    }
    return text;
  }

  private @Nullable String sectorCode(String field) throws IOException {
    String text = string(field);
    if (text != null && !SECTOR_CODE.matcher(text).matches()) {
      problem(
          ProblemKind.INVALID_VALUE,
          here(field),
          "invalid sector code "
              + quote(text)
              + ": expected 1–40 lower-case ASCII letters, digits, '-' or '_'");
      return null;
    }
    return text;
  }

  private @Nullable DivisionCode divisionCode(String field) throws IOException {
    String text = string(field);
    return text == null ? null : parseDivisionCode(text, field);
  }

  private @Nullable DivisionCode parseDivisionCode(String text, String field) {
    if (text.equals(lastDivisionText)) {
      return lastDivision;
    }
    try {
      DivisionCode code = DivisionCode.parse(text);
      lastDivisionText = text;
      lastDivision = code;
      return code;
    } catch (InvalidCodeException e) {
      problem(ProblemKind.MALFORMED_CODE, here(field), message(e));
      return null;
    }
  }

  private @Nullable GridCode gridCode(String field) throws IOException {
    String text = string(field);
    if (text == null) {
      return null;
    }
    try {
      return GridCode.parse(text);
    } catch (InvalidCodeException e) {
      problem(ProblemKind.MALFORMED_CODE, here(field), message(e));
      return null;
    }
  }

  private <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type)
      throws IOException {
    String text = string(field);
    if (text == null) {
      return null;
    }
    EnumSet<E> all = EnumSet.allOf(type);
    for (E e : all) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    problem(
        ProblemKind.INVALID_VALUE,
        here(field),
        "unknown "
            + field
            + " "
            + quote(text)
            + ", expected one of "
            + all.stream().map(Enum::name).collect(Collectors.joining(", ")));
    return null;
  }

  private @Nullable LocalDate date(String field) throws IOException {
    String text = string(field);
    if (text == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(
          ProblemKind.INVALID_VALUE,
          here(field),
          "invalid date " + quote(text) + ", expected an ISO date such as 2022-12-10");
      return null;
    }
    long day = date.toEpochDay();
    // The atlas keeps days as ints, with Integer.MAX_VALUE meaning "open-ended".
    if (day <= Integer.MIN_VALUE || day >= Integer.MAX_VALUE) {
      problem(
          ProblemKind.INVALID_VALUE,
          here(field),
          "date " + quote(text) + " lies outside the supported range");
      return null;
    }
    return date;
  }

  private @Nullable Integer integer(String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      problem(
          ProblemKind.INVALID_VALUE,
          here(field),
          "expected a whole number from "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE
              + ", got "
              + p.getText());
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      problem(
          ProblemKind.INVALID_VALUE, here(field), "expected a whole number, got " + p.getText());
      return null;
    }
    wrongType(field, "a whole number");
    return null;
  }

  /** A count of households or residents: a whole number, at least 0. */
  private @Nullable Integer count(String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return integer(field);
    }
    boolean isInt = p.getNumberType() == JsonParser.NumberType.INT;
    if (isInt ? p.getIntValue() < 0 : p.getText().startsWith("-")) {
      problem(ProblemKind.NEGATIVE_COUNT, here(field), field + " must be >= 0, got " + p.getText());
      return null;
    }
    if (!isInt) {
      problem(
          ProblemKind.INVALID_VALUE,
          here(field),
          field + " must be at most " + Integer.MAX_VALUE + ", got " + truncate(p.getText()));
      return null;
    }
    return p.getIntValue();
  }

  private void wrongType(String field, String expected) throws IOException {
    problem(
        ProblemKind.INVALID_VALUE,
        here(field),
        "expected " + expected + ", got " + describeToken());
    p.skipChildren();
  }

  private String describeToken() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + truncate(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.asString() != null ? t.asString() : t.name();
    };
  }

  // ---- paths, problems, messages ---------------------------------------------------------------

  private String objectPath() {
    return index < 0 ? base : base + "[" + index + "]";
  }

  /** The path of a known field (or {@code field[k]} entry) of the object being read. */
  private String here(String field) {
    return objectPath() + "." + field;
  }

  private static String child(String parent, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return parent + "." + name;
    }
    String shown = truncate(name).replace("\\", "\\\\").replace("'", "\\'");
    return parent + "['" + shown + "']";
  }

  private String contextPath() {
    return pathOf(p.getParsingContext());
  }

  private static String pathOf(@Nullable JsonStreamContext c) {
    if (c == null || c.inRoot()) {
      return "$";
    }
    String parent = pathOf(c.getParent());
    if (c.inArray()) {
      return c.getCurrentIndex() < 0 ? parent : parent + "[" + c.getCurrentIndex() + "]";
    }
    String name = c.getCurrentName();
    return name == null ? parent : child(parent, name);
  }

  private void problem(ProblemKind kind, String path, String message) {
    problems.add(new AtlasProblem(kind, path, message));
  }

  private void suppressPath(String path) {
    suppressedPaths.add(path);
  }

  private void suppress(ProblemKind kind, String path) {
    suppressedKindAtPath.add(kind + " " + path);
  }

  /** The exception for input that cannot be read any further: what was found so far, then this. */
  private InvalidAtlasException stop(ProblemKind kind, String path, String message) {
    List<AtlasProblem> all = sorted(problems);
    all.add(new AtlasProblem(kind, path, message));
    return new InvalidAtlasException(all);
  }

  private JsonLocation location(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    return l != null ? l : p.currentLocation();
  }

  private static String at(@Nullable JsonLocation l) {
    if (l == null || l.getLineNr() < 1) {
      return "";
    }
    return " at line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  /** Jackson's message without its source description. */
  private static String clean(@Nullable String message) {
    if (message == null) {
      return "no details";
    }
    return JACKSON_LOCATION.matcher(message).replaceAll("line $1, column $2");
  }

  private String limitMessage(StreamConstraintsException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "input beyond the configured limits";
    }
    Matcher given = JACKSON_LIMIT_VALUE.matcher(m);
    String n = given.find() ? given.group(1) : "more";
    if (m.startsWith("Document nesting depth")) {
      return "nesting deeper than the limit of " + options.maxDepth() + " levels";
    }
    if (m.startsWith("String value length")) {
      return "a string of "
          + n
          + " characters, more than the limit of "
          + options.maxStringLength();
    }
    if (m.startsWith("Name length")) {
      return "a field name of "
          + n
          + " characters, more than the limit of "
          + options.maxStringLength();
    }
    if (m.startsWith("Number value length")) {
      return "a number of "
          + n
          + " characters, more than the limit of "
          + AtlasJsonReader.MAX_NUMBER_LENGTH;
    }
    if (m.contains("ocument length")) {
      return "input longer than the limit of " + options.maxInputLength();
    }
    return "input beyond the configured limits: " + m;
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m != null ? m : e.getClass().getSimpleName();
  }

  static @Nullable DivisionLevel levelNamed(String text) {
    for (DivisionLevel level : DivisionLevel.values()) {
      if (levelName(level).equals(text)) {
        return level;
      }
    }
    return null;
  }

  static String levelName(DivisionLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  /** The text in double quotes, escaped, shortened beyond {@value #QUOTED_MAX} characters. */
  static String quote(String text) {
    String shown = truncate(text);
    StringBuilder sb = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String truncate(String text) {
    return text.length() <= QUOTED_MAX ? text : text.substring(0, QUOTED_MAX) + "…";
  }
}
