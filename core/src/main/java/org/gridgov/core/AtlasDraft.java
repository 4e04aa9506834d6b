package org.gridgov.core;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.ChangeLocator.Origin;
import org.jspecify.annotations.Nullable;

/**
 * The state of an atlas while a batch of changes is applied: the atlas's arrays, unchanged, under
 * overlays that hold only what the batch wrote. Every question a change asks is answered in time
 * proportional to what it concerns — a grid by its code, the grids of a unit from the unit's range
 * of the atlas's grids, the posts, party organisations and contact points of a grid from the
 * atlas's per-grid ranges — so a batch of k changes costs O(Σ affected) before the result is built.
 * The divisions alone are copied into a sorted map, once, on the first change that adds, removes or
 * re-codes one.
 *
 * <p>Each element the batch wrote is kept with its {@link Origin}: the change that wrote it, and
 * the component of the change it was given as. The result is built either by {@linkplain
 * AtlasDerivation deriving} new arrays from the atlas's (when no change touched structure) or by
 * {@linkplain #contents laying out} the whole contents for a full rebuild.
 */
final class AtlasDraft implements GridCodes.Codes {
  /** A value the draft holds, with where it came from. */
  record Item<T>(T value, Origin origin) {}

  /** A liaison's place: a unit and a sector's position in the catalogue. */
  record LiaisonKey(DivisionCode unit, int sector) {}

  final AtlasData base;
  final GridCodes codes;

  /** The position in the batch of the change being applied. */
  int change;

  /** Whether a change of the batch touched structure: divisions, grid codes, workers. */
  boolean structural;

  private @Nullable TreeMap<DivisionCode, Item<Division>> divisions;
  private final Map<DivisionCode, Item<List<DivisionCode>>> retiredDivisions =
      new LinkedHashMap<>();

  private final Map<GridCode, Item<Grid>> grids = new LinkedHashMap<>();
  private final Set<GridCode> gridsGone = new HashSet<>();
  private final Map<DivisionCode, Set<GridCode>> gridsByUnit = new HashMap<>();
  private final Map<GridCode, Item<List<GridCode>>> retiredGrids = new LinkedHashMap<>();

  private final Map<GridCode, List<Item<Assignment>>> posts = new LinkedHashMap<>();
  private final Map<String, Item<PartyOrganisation>> orgs = new HashMap<>();
  private final Map<GridCode, Set<String>> orgsByGrid = new HashMap<>();
  private final TreeMap<String, Item<GridWorker>> workers = new TreeMap<>();

  private final Map<LiaisonKey, Item<Liaison>> liaisons = new LinkedHashMap<>();
  private final Set<LiaisonKey> liaisonsGone = new HashSet<>();

  private final BitSet contactsGone = new BitSet();
  private final Map<DivisionCode, List<Item<ContactPoint>>> contacts = new LinkedHashMap<>();

  AtlasDraft(AtlasData base) {
    this.base = base;
    this.codes = new GridCodes(base.scheme, this);
  }

  /** A value written by the current change; {@code component} names it if given whole. */
  <T> Item<T> written(T value, String component) {
    return new Item<>(value, Origin.change(change, component));
  }

  // ---- divisions -------------------------------------------------------------------------------

  boolean hasDivision(DivisionCode code) {
    TreeMap<DivisionCode, Item<Division>> d = divisions;
    return d != null ? d.containsKey(code) : base.divisionIndex.get(code) >= 0;
  }

  private NavigableMap<DivisionCode, Item<Division>> divisions() {
    TreeMap<DivisionCode, Item<Division>> d = divisions;
    if (d == null) {
      // the atlas's divisions are in code order: a sorted map builds a tree map in O(n)
      ImmutableSortedMap.Builder<DivisionCode, Item<Division>> sorted =
          ImmutableSortedMap.naturalOrder();
      for (int i = 0; i < base.divisions.length; i++) {
        sorted.put(base.divisions[i].code(), new Item<>(base.divisions[i], Origin.atlas(i)));
      }
      d = new TreeMap<>(sorted.buildOrThrow());
      divisions = d;
    }
    return d;
  }

  void putDivision(Division division, String component) {
    divisions().put(division.code(), written(division, component));
  }

  void removeDivision(DivisionCode code) {
    divisions().remove(code);
  }

  /** The first division below a division, if it has any. */
  @Nullable DivisionCode firstChild(DivisionCode code) {
    DivisionCode next = divisions().higherKey(code);
    return next != null && code.isAncestorOf(next) ? next : null;
  }

  /** A division and its descendants, in code order. O(subtree). */
  List<Division> subtree(DivisionCode code) {
    List<Division> result = new ArrayList<>();
    for (Item<Division> it : divisions().tailMap(code, true).values()) {
      DivisionCode c = it.value().code();
      if (!c.equals(code) && !code.isAncestorOf(c)) {
        break;
      }
      result.add(it.value());
    }
    return result;
  }

  boolean isRetiredDivision(DivisionCode code) {
    return base.retiredDivisions.containsKey(code) || retiredDivisions.containsKey(code);
  }

  void retireDivision(DivisionCode code, List<DivisionCode> successors) {
    retiredDivisions.put(code, written(successors, ""));
  }

  // ---- grids -----------------------------------------------------------------------------------

  @Nullable Grid grid(GridCode code) {
    Item<Grid> it = grids.get(code);
    if (it != null) {
      return it.value();
    }
    int g = gridsGone.contains(code) ? -1 : base.gridIndex.get(code);
    return g < 0 ? null : base.gridAt(g);
  }

  /** The live grids of a unit: the atlas's still there, then those the batch put there. */
  @Override
  public List<GridCode> gridsOf(DivisionCode unit) {
    List<GridCode> result = new ArrayList<>();
    int u = base.divisionIndex.get(unit);
    if (u >= 0) {
      for (int g = base.gridFirst[u]; g < base.gridFirst[u + 1]; g++) {
        GridCode c = base.gridCodes[g];
        if (!grids.containsKey(c) && !gridsGone.contains(c)) {
          result.add(c);
        }
      }
    }
    result.addAll(gridsByUnit.getOrDefault(unit, Set.of()));
    return result;
  }

  void putGrid(Grid grid, String component) {
    Item<Grid> old = grids.put(grid.code(), written(grid, component));
    if (old != null) {
      present(gridsByUnit, old.value().unit()).remove(grid.code());
    }
    gridsByUnit.computeIfAbsent(grid.unit(), k -> new LinkedHashSet<>()).add(grid.code());
  }

  void removeGrid(GridCode code) {
    Item<Grid> old = grids.remove(code);
    if (old != null) {
      present(gridsByUnit, old.value().unit()).remove(code);
    }
    gridsGone.add(code);
  }

  boolean isRetiredGrid(GridCode code) {
    return base.retiredGrids.containsKey(code) || retiredGrids.containsKey(code);
  }

  void retireGrid(GridCode code, List<GridCode> successors) {
    retiredGrids.put(code, written(successors, ""));
    codes.noteRetired(code);
  }

  @Override
  public Iterable<GridCode> retiredGrids() {
    return Iterables.concat(base.retiredGrids.keySet(), retiredGrids.keySet());
  }

  // ---- posts -----------------------------------------------------------------------------------

  /** How many posts a grid has. */
  int postCount(GridCode grid) {
    List<Item<Assignment>> list = posts.get(grid);
    if (list != null) {
      return list.size();
    }
    int g = base.gridIndex.get(grid);
    return g < 0 ? 0 : base.gridAsgFirst[g + 1] - base.gridAsgFirst[g];
  }

  /** A grid's posts, to change in place. */
  List<Item<Assignment>> posts(GridCode grid) {
    List<Item<Assignment>> list = posts.get(grid);
    if (list == null) {
      list = new ArrayList<>();
      int g = base.gridIndex.get(grid);
      if (g >= 0) {
        for (int k = base.gridAsgFirst[g]; k < base.gridAsgFirst[g + 1]; k++) {
          list.add(new Item<>(base.assignmentAt(k), Origin.atlas(k)));
        }
      }
      posts.put(grid, list);
    }
    return list;
  }

  /** A grid's posts, taken away from it. */
  List<Item<Assignment>> takePosts(GridCode grid) {
    List<Item<Assignment>> list = posts(grid);
    posts.put(grid, new ArrayList<>());
    return list;
  }

  // ---- party organisations and workers ---------------------------------------------------------

  /** The party organisations covering a grid, as they are now. */
  List<PartyOrganisation> orgsCovering(GridCode grid) {
    List<PartyOrganisation> result = new ArrayList<>();
    int g = base.gridIndex.get(grid);
    if (g >= 0) {
      for (int k = base.gridOrgFirst[g]; k < base.gridOrgFirst[g + 1]; k++) {
        PartyOrganisation o = base.orgs[base.gridOrgs[k]];
        if (!orgs.containsKey(o.id())) {
          result.add(o);
        }
      }
    }
    for (String id : orgsByGrid.getOrDefault(grid, Set.of())) {
      result.add(present(orgs, id).value());
    }
    return result;
  }

  void putOrg(PartyOrganisation org) {
    Item<PartyOrganisation> old = orgs.put(org.id(), written(org, ""));
    if (old != null) {
      for (GridCode c : old.value().grids()) {
        present(orgsByGrid, c).remove(org.id());
      }
    }
    for (GridCode c : org.grids()) {
      orgsByGrid.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(org.id());
    }
  }

  boolean hasWorker(String id) {
    return base.workerIndex.get(id) >= 0 || workers.containsKey(id);
  }

  void addWorker(GridWorker worker, String component) {
    workers.put(worker.id(), written(worker, component));
  }

  // ---- liaisons and contact points -------------------------------------------------------------

  /** The liaison of a sector (by catalogue position) at a unit, if any. */
  @Nullable Liaison liaison(DivisionCode unit, int sector) {
    LiaisonKey key = new LiaisonKey(unit, sector);
    Item<Liaison> it = liaisons.get(key);
    if (it != null) {
      return it.value();
    }
    int u = liaisonsGone.contains(key) ? -1 : base.divisionIndex.get(unit);
    if (u < 0) {
      return null;
    }
    int l = base.nearestLiaison[sector][u];
    return l >= 0 && base.liaisonUnit[l] == u ? base.liaisons[l] : null;
  }

  /** The liaisons posted at a unit, in catalogue order. O(sectors). */
  List<Liaison> liaisonsAt(DivisionCode unit) {
    List<Liaison> result = new ArrayList<>();
    for (int s = 0; s < base.sectors.length; s++) {
      Liaison l = liaison(unit, s);
      if (l != null) {
        result.add(l);
      }
    }
    return result;
  }

  void putLiaison(Liaison liaison, int sector, String component) {
    liaisons.put(new LiaisonKey(liaison.unit(), sector), written(liaison, component));
  }

  void removeLiaison(DivisionCode unit, int sector) {
    LiaisonKey key = new LiaisonKey(unit, sector);
    liaisons.remove(key);
    liaisonsGone.add(key);
  }

  /** The contact points at a unit: the atlas's still there, then those the batch added. */
  List<Item<ContactPoint>> contactsAt(DivisionCode unit) {
    List<Item<ContactPoint>> result = new ArrayList<>();
    ContactPoint[] all = base.contactPoints;
    for (int i = firstContactAt(unit); i < all.length && all[i].unit().equals(unit); i++) {
      if (!contactsGone.get(i)) {
        result.add(new Item<>(all[i], Origin.atlas(i)));
      }
    }
    result.addAll(contacts.getOrDefault(unit, List.of()));
    return result;
  }

  /** The first of the atlas's contact points (sorted by unit first) at or after a unit. */
  private int firstContactAt(DivisionCode unit) {
    int low = 0;
    int high = base.contactPoints.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (base.contactPoints[mid].unit().compareTo(unit) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  void addContact(ContactPoint contact, String component) {
    contacts
        .computeIfAbsent(contact.unit(), k -> new ArrayList<>())
        .add(written(contact, component));
  }

  void removeContact(Item<ContactPoint> contact) {
    if (contact.origin().change() < 0) {
      contactsGone.set(contact.origin().position());
    } else {
      present(contacts, contact.value().unit()).remove(contact);
    }
  }

  /** The value of a key the draft's own bookkeeping guarantees. */
  private static <K, V> V present(Map<K, V> map, K key) {
    return java.util.Objects.requireNonNull(map.get(key), "kept in step");
  }

  // ---- what the batch wrote, for the derivation ------------------------------------------------

  Map<GridCode, Item<Grid>> gridEdits() {
    return grids;
  }

  Map<GridCode, List<Item<Assignment>>> postEdits() {
    return posts;
  }

  Map<LiaisonKey, Item<Liaison>> liaisonEdits() {
    return liaisons;
  }

  Set<LiaisonKey> liaisonsGone() {
    return liaisonsGone;
  }

  BitSet contactsGone() {
    return contactsGone;
  }

  Iterable<Item<ContactPoint>> contactsAdded() {
    return Iterables.concat(contacts.values());
  }

  // ---- the whole contents, for a rebuild -------------------------------------------------------

  /**
   * The contents of the result, each section's untouched elements first in the atlas's order, with
   * a locator that maps them back to the atlas and the rest to the changes that wrote them. O(n).
   */
  AtlasContents contents() {
    ChangeLocator.Recorder recorder = new ChangeLocator.Recorder();
    AtlasContents c = new AtlasContents();
    c.asOf = base.asOf;
    c.scheme = base.scheme;
    c.targets = base.targets;
    c.sectors.clear();
    c.sectors.addAll(List.of(base.sectors));
    for (int s = 0; s < base.sectors.length; s++) {
      if (base.required[s]) {
        c.requiredSectors.add(base.sectors[s]);
      }
    }
    ChangeLocator.Section<Division> ds =
        recorder.section(AtlasSection.DIVISIONS, c.divisions, base.divisions.length);
    TreeMap<DivisionCode, Item<Division>> changed = divisions;
    if (changed == null) {
      for (int i = 0; i < base.divisions.length; i++) {
        ds.atlas(base.divisions[i], i);
      }
    } else {
      for (Item<Division> it : changed.values()) {
        if (it.origin().change() < 0) {
          ds.atlas(it.value(), it.origin().position());
        } else {
          ds.other(it.value(), it.origin());
        }
      }
    }
    ds.finish();
    gridContents(recorder, c);
    peopleContents(recorder, c);
    ChangeLocator.Section<Liaison> ls =
        recorder.section(AtlasSection.LIAISONS, c.liaisons, base.liaisons.length);
    for (int l = 0; l < base.liaisons.length; l++) {
      LiaisonKey key =
          new LiaisonKey(base.liaisons[l].unit(), base.sectorOf(base.liaisons[l].sector()));
      if (!liaisons.containsKey(key) && !liaisonsGone.contains(key)) {
        ls.atlas(base.liaisons[l], l);
      }
    }
    liaisons.values().forEach(it -> ls.other(it.value(), it.origin()));
    ls.finish();
    ChangeLocator.Section<ContactPoint> cs =
        recorder.section(AtlasSection.CONTACT_POINTS, c.contactPoints, base.contactPoints.length);
    for (int i = 0; i < base.contactPoints.length; i++) {
      if (!contactsGone.get(i)) {
        cs.atlas(base.contactPoints[i], i);
      }
    }
    contactsAdded().forEach(it -> cs.other(it.value(), it.origin()));
    cs.finish();
    retired(
        recorder,
        AtlasSection.RETIRED_DIVISIONS,
        c.retiredDivisions,
        base.retiredDivisions,
        retiredDivisions);
    retired(recorder, AtlasSection.RETIRED_GRIDS, c.retiredGrids, base.retiredGrids, retiredGrids);
    c.locator = recorder.locator();
    return c;
  }

  private void gridContents(ChangeLocator.Recorder recorder, AtlasContents c) {
    ChangeLocator.Section<Grid> gs =
        recorder.section(AtlasSection.GRIDS, c.grids, base.gridCodes.length);
    for (int g = 0; g < base.gridCodes.length; g++) {
      GridCode code = base.gridCodes[g];
      if (!grids.containsKey(code) && !gridsGone.contains(code)) {
        gs.atlas(base.gridAt(g), g);
      }
    }
    grids.values().forEach(it -> gs.other(it.value(), it.origin()));
    gs.finish();
    ChangeLocator.Section<Assignment> as =
        recorder.section(AtlasSection.ASSIGNMENTS, c.assignments, base.asgGrid.length);
    for (int g = 0; g < base.gridCodes.length; g++) {
      if (!posts.containsKey(base.gridCodes[g])) {
        for (int k = base.gridAsgFirst[g]; k < base.gridAsgFirst[g + 1]; k++) {
          as.atlas(base.assignmentAt(k), k);
        }
      }
    }
    for (List<Item<Assignment>> list : posts.values()) {
      list.forEach(it -> as.other(it.value(), it.origin()));
    }
    as.finish();
  }

  private void peopleContents(ChangeLocator.Recorder recorder, AtlasContents c) {
    ChangeLocator.Section<GridWorker> ws =
        recorder.section(AtlasSection.WORKERS, c.workers, base.workers.length);
    // both in id order: merge them so that the layout finds them sorted
    int w = 0;
    for (Item<GridWorker> it : workers.values()) {
      for (; w < base.workers.length && base.workers[w].id().compareTo(it.value().id()) < 0; w++) {
        ws.atlas(base.workers[w], w);
      }
      ws.other(it.value(), it.origin());
    }
    for (; w < base.workers.length; w++) {
      ws.atlas(base.workers[w], w);
    }
    ws.finish();
    ChangeLocator.Section<PartyOrganisation> os =
        recorder.section(AtlasSection.PARTY_ORGANISATIONS, c.partyOrganisations, base.orgs.length);
    for (int i = 0; i < base.orgs.length; i++) {
      Item<PartyOrganisation> it = orgs.get(base.orgs[i].id());
      if (it == null) {
        os.atlas(base.orgs[i], i);
      } else {
        os.other(it.value(), it.origin());
      }
    }
    os.finish();
  }

  private static <K> void retired(
      ChangeLocator.Recorder recorder,
      AtlasSection section,
      List<Map.Entry<K, List<K>>> out,
      Map<K, List<K>> atlas,
      Map<K, Item<List<K>>> batch) {
    ChangeLocator.Section<Map.Entry<K, List<K>>> rs = recorder.section(section, out, atlas.size());
    int i = 0;
    for (Map.Entry<K, List<K>> e : atlas.entrySet()) {
      rs.atlas(e, i++);
    }
    batch.forEach((k, it) -> rs.other(Map.entry(k, it.value()), it.origin()));
    rs.finish();
  }
}
