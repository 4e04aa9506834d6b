/**
 * The formats of gridgov core. The JSON form of an {@link org.gridgov.core.Atlas}: {@link
 * org.gridgov.core.io.AtlasJson} reads and writes it, {@link org.gridgov.core.io.AtlasJsonReader}
 * reads it with other limits or grid code schemes; {@link org.gridgov.core.io.DivisionCsv} reads
 * division lists; {@link org.gridgov.core.io.GridgovCoreModule} is core's Jackson module. Jackson's
 * streaming parser and generator do the work; no Jackson type appears in this API but the module's.
 *
 * <h2>The form, {@code gridgov-atlas/1}</h2>
 *
 * <p>One JSON object (RFC 8259, UTF-8). Field order does not matter and insignificant whitespace is
 * ignored; a field whose value is {@code null} counts as left out; a field given twice or a field
 * the form does not have is a problem. Codes are strings, never numbers. Dates are ISO dates
 * ({@code "2022-12-10"}).
 *
 * <pre>{@code
 * {
 *   "format": "gridgov-atlas/1",
 *   "asOf": "2022-12-10",
 *   "gridCodeScheme": "standard-3",
 *   "householdTargets": {"urban": 300, "rural": 60, "tolerancePercent": 50},
 *   "sectors": [
 *     {"code": "power", "name": "供电"},
 *     {"code": "heating", "name": "供暖"}
 *   ],
 *   "requiredSectors": ["power"],
 *   "divisions": [
 *     {"code": "21", "name": "辽宁省"},
 *     {"code": "2108", "name": "营口市"},
 *     {"code": "210802", "name": "站前区"},
 *     {"code": "210802001", "name": "八田地街道"},
 *     {"code": "210802001007", "name": "三楼社区", "urbanRuralClass": 111}
 *   ],
 *   "grids": [
 *     {"code": "210802001007001", "unit": "210802001007", "kind": "BASE", "name": "三楼社区第一网格",
 *      "households": 296, "residents": 711}
 *   ],
 *   "workers": [{"id": "w-1", "name": "王红霞"}],
 *   "assignments": [
 *     {"worker": "w-1", "grid": "210802001007001", "role": "GRID_LEADER", "start": "2021-01-01"}
 *   ],
 *   "partyOrganisations": [
 *     {"id": "pb-1", "name": "三楼社区第一网格党支部", "kind": "GRID_BRANCH",
 *      "grids": ["210802001007001"]}
 *   ],
 *   "liaisons": [{"name": "李供暖", "unit": "210802001", "sector": "heating"}],
 *   "contactPoints": [{"leader": "周市领导", "rank": "CITY", "unit": "210802001007"}],
 *   "retiredDivisions": [],
 *   "retiredGrids": [{"code": "210802001007002", "successors": ["210802001007001"]}]
 * }
 * }</pre>
 *
 * <h3>The document</h3>
 *
 * <ul>
 *   <li>{@code format} (required): the string {@code "gridgov-atlas/1"}.
 *   <li>{@code asOf} (required): the date the snapshot describes.
 *   <li>{@code gridCodeScheme} (default {@code "standard-3"}): {@code "standard-1"} to {@code
 *       "standard-6"} (the 12-digit unit code and a sequence of that many digits), or the {@link
 *       org.gridgov.core.GridCodeScheme#name() name} of a scheme the reader was given.
 *   <li>{@code householdTargets} (default 300, 60, 50): an object with three required whole
 *       numbers: {@code urban} and {@code rural}, households per base grid, at least 1; {@code
 *       tolerancePercent}, 0 to 100.
 *   <li>{@code sectors} (default: the eight {@linkplain org.gridgov.core.Sector#predefined()
 *       predefined sectors}): the sector catalogue, in order; each {@code {"code", "name"}}, both
 *       required, the code 1–40 lower-case ASCII letters, digits, {@code -} or {@code _}.
 *   <li>{@code requiredSectors} (default none): sector codes of the catalogue.
 *   <li>{@code divisions}, {@code grids}, {@code workers}, {@code assignments}, {@code
 *       partyOrganisations}, {@code liaisons}, {@code contactPoints}, {@code retiredDivisions},
 *       {@code retiredGrids} (default empty): arrays of the objects below, in any order.
 * </ul>
 *
 * <h3>The elements</h3>
 *
 * <ul>
 *   <li>A division: {@code code} (required), a statistical division code of 2, 4, 6, 9 or 12
 *       digits, written by the writer in its short form; {@code name} (required), not blank; {@code
 *       urbanRuralClass}, a number (111, 112, 121, 122, 123, 210 or 220), for communities and
 *       villages only; {@code level} ({@code "province"}, {@code "city"}, {@code "county"}, {@code
 *       "town"} or {@code "village"}) and {@code parent} (a division code), both optional and never
 *       written: when given they must agree with what the code says, or the reader reports {@code
 *       LEVEL_MISMATCH}.
 *   <li>A grid: {@code code}, a grid code; {@code unit}, the community or village it belongs to;
 *       {@code kind}, a {@link org.gridgov.core.GridKind} name ({@code "BASE"}, {@code "SCHOOL"},
 *       ...); {@code name}, not blank; {@code households} and {@code residents}, whole numbers, at
 *       least 0. All required.
 *   <li>A worker: {@code id} and {@code name}, both required, not blank.
 *   <li>An assignment: {@code worker} (a worker's id), {@code grid} (a grid code), {@code role} (a
 *       {@link org.gridgov.core.WorkerRole} name), {@code start} (a date), all required; {@code
 *       end}, the last day, not before {@code start}, required for a {@code SECONDED_CADRE},
 *       otherwise left out while the post is open.
 *   <li>A party organisation: {@code id} and {@code name}, not blank; {@code kind}, {@code
 *       "GRID_BRANCH"} or {@code "PARTY_GROUP"}; {@code grids}, at least one grid code, no repeats.
 *       All required.
 *   <li>A liaison: {@code name}, not blank; {@code unit}, a division code; {@code sector}, a code
 *       of the catalogue. All required.
 *   <li>A contact point: {@code leader}, not blank; {@code rank}, {@code "CITY"}, {@code
 *       "DISTRICT"} or {@code "STREET"}; {@code unit}, a division code; all required; {@code grid},
 *       a grid of that unit, when the contact point is one grid rather than the unit.
 *   <li>A retired code: {@code code} and {@code successors} (an array of codes, empty for a
 *       removal), both required; division codes in {@code retiredDivisions}, grid codes in {@code
 *       retiredGrids}.
 * </ul>
 *
 * <h2>Problems</h2>
 *
 * <p>Reading reports every problem at once, in one {@link org.gridgov.core.InvalidAtlasException},
 * each {@link org.gridgov.core.Problem} at its JSON path ({@code $.grids[3].households}) and in the
 * {@linkplain org.gridgov.core.AtlasSection#locationOrder() canonical order} (by section, element,
 * then field in the form's order): its own problems (a missing field is {@code MISSING_FIELD}; a
 * wrong type, an unknown name or a bad date {@code INVALID_VALUE}; a malformed code {@code
 * MALFORMED_CODE}; a negative count {@code NEGATIVE_COUNT}; a declared level or parent that
 * disagrees with the code {@code LEVEL_MISMATCH}) together with what the atlas's own validation
 * finds (duplicates, unknown references, overlapping grid leaders, ...), located by the same paths
 * through an {@link org.gridgov.core.ElementLocator}. The reader and {@link
 * org.gridgov.core.Atlas.Builder} report the same problem, of the same kind, at the same place, for
 * anything a builder can hold. An element whose only fault is a field other than its code or id
 * still takes part in that validation, with a stand-in for the bad field that the builder is told
 * to keep quiet about (so nothing is reported twice, and nothing follows from a stand-in); one
 * whose code or id is unusable does not, so references to it may be reported as unknown. Input that
 * cannot be read on (a syntax error: {@code MALFORMED_INPUT}; a limit exceeded: {@code
 * INPUT_TOO_LARGE}) stops the reading with what was found so far plus that problem, located by
 * path, line and column. Problems beyond {@link org.gridgov.core.io.ReadLimits#maxProblems()} are
 * counted, not kept.
 *
 * <h2>Other formats</h2>
 *
 * <p>{@link org.gridgov.core.io.DivisionCsv} reads NBS division lists. Every reader of gridgov has
 * the shape of {@link org.gridgov.core.io.FormatReader}: {@code X.reader().withLimits(...)
 * .read(Path | Reader | InputStream | String)}; Jackson is confined to {@code …io} packages.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.core.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
