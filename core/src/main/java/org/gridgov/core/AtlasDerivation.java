package org.gridgov.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.gridgov.core.AtlasDraft.Item;
import org.gridgov.core.AtlasDraft.LiaisonKey;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of a batch that touched no structure (grid values, posts, liaisons, contact
 * points): a new {@link AtlasData} sharing every array and index the batch left as it was — the
 * divisions and their hierarchy, the grid codes and their index, the workers, the party
 * organisations — with only the changed columns copied and the roll-up prefix sums shifted. Nothing
 * is validated again: the change engine checked, change by change, everything these changes could
 * make invalid.
 *
 * <p>O(n) over primitive arrays (copies and prefix sums), with no hashing, sorting or validation of
 * the whole atlas.
 */
final class AtlasDerivation {
  private AtlasDerivation() {}

  /** The atlas the draft describes; the draft changed no structure. */
  static AtlasData derive(AtlasDraft draft) {
    AtlasData base = draft.base;
    AtlasParts p = new AtlasParts(base);
    grids(base, draft.gridEdits(), p);
    posts(base, draft.postEdits(), p);
    liaisons(base, draft.liaisonEdits(), draft.liaisonsGone(), p);
    contacts(base, draft.contactsGone(), draft.contactsAdded(), p);
    return new AtlasData(p);
  }

  // ---- grid values -----------------------------------------------------------------------------

  private static void grids(AtlasData base, Map<GridCode, Item<Grid>> edits, AtlasParts p) {
    Deltas households = new Deltas();
    Deltas residents = new Deltas();
    Deltas special = new Deltas();
    Deltas offTarget = new Deltas();
    for (Item<Grid> it : edits.values()) {
      Grid g = it.value();
      int pos = base.gridIndex.get(g.code());
      int unit = base.gridUnit[pos];
      if (!g.name().equals(base.gridName[pos])) {
        p.gridName = copied(p.gridName, base.gridName);
        p.gridName[pos] = g.name();
      }
      byte kind = AtlasData.ordinal(g.kind());
      boolean wasSpecial = AtlasData.kind(base.gridKind[pos]).isSpecial();
      if (kind != base.gridKind[pos]) {
        p.gridKind = p.gridKind == base.gridKind ? base.gridKind.clone() : p.gridKind;
        p.gridKind[pos] = kind;
        special.add(unit, (g.kind().isSpecial() ? 1 : 0) - (wasSpecial ? 1 : 0));
      }
      if (g.households() != base.households[pos]) {
        p.households = copied(p.households, base.households);
        p.households[pos] = g.households();
        households.add(unit, (long) g.households() - base.households[pos]);
      }
      if (g.residents() != base.residents[pos]) {
        p.residents = copied(p.residents, base.residents);
        p.residents[pos] = g.residents();
        residents.add(unit, (long) g.residents() - base.residents[pos]);
      }
      DivisionKind unitKind = base.divisions[unit].kind();
      boolean wasOff = !wasSpecial && !base.targets.accepts(unitKind, base.households[pos]);
      boolean isOff = !g.kind().isSpecial() && !base.targets.accepts(unitKind, g.households());
      offTarget.add(unit, (isOff ? 1 : 0) - (wasOff ? 1 : 0));
    }
    p.pfHouseholds = households.shift(base.pfHouseholds);
    p.pfResidents = residents.shift(base.pfResidents);
    p.pfSpecial = special.shift(base.pfSpecial);
    p.pfOffTarget = offTarget.shift(base.pfOffTarget);
  }

  // ---- posts -----------------------------------------------------------------------------------

  private static void posts(
      AtlasData base, Map<GridCode, List<Item<Assignment>>> edits, AtlasParts p) {
    if (edits.isEmpty()) {
      return;
    }
    int ng = base.gridCodes.length;
    List<Map.Entry<GridCode, List<Item<Assignment>>>> grids = new ArrayList<>(edits.entrySet());
    grids.sort(Comparator.comparingInt(e -> base.gridIndex.get(e.getKey())));
    int[] touched = new int[grids.size()];
    Assignment[][] now = new Assignment[grids.size()][];
    int size = base.asgGrid.length;
    for (int k = 0; k < touched.length; k++) {
      int g = base.gridIndex.get(grids.get(k).getKey());
      List<Item<Assignment>> items = grids.get(k).getValue();
      Assignment[] sorted = new Assignment[items.size()];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = items.get(i).value();
      }
      Arrays.sort(sorted, AtlasData.POST_ORDER);
      touched[k] = g;
      now[k] = sorted;
      size += sorted.length - (base.gridAsgFirst[g + 1] - base.gridAsgFirst[g]);
    }
    int[] worker = new int[size];
    int[] grid = new int[size];
    byte[] role = new byte[size];
    int[] start = new int[size];
    int[] end = new int[size];
    int[] first = new int[ng + 1];
    int asOf = Math.toIntExact(base.asOf.toEpochDay());
    Deltas[] active = new Deltas[p.pfPosts.length];
    for (int r = 0; r < active.length; r++) {
      active[r] = new Deltas();
    }
    int out = 0;
    int from = 0; // the next grid not yet written
    for (int k = 0; k <= touched.length; k++) {
      int upTo = k < touched.length ? touched[k] : ng;
      // the untouched grids [from, upTo) move as one block
      int a = base.gridAsgFirst[from];
      int b = base.gridAsgFirst[upTo];
      System.arraycopy(base.asgWorker, a, worker, out, b - a);
      System.arraycopy(base.asgGrid, a, grid, out, b - a);
      System.arraycopy(base.asgRole, a, role, out, b - a);
      System.arraycopy(base.asgStart, a, start, out, b - a);
      System.arraycopy(base.asgEnd, a, end, out, b - a);
      for (int g = from; g < upTo; g++) {
        first[g] = base.gridAsgFirst[g] + out - a;
      }
      out += b - a;
      if (k == touched.length) {
        break;
      }
      int g = upTo;
      int unit = base.gridUnit[g];
      for (int i = base.gridAsgFirst[g]; i < base.gridAsgFirst[g + 1]; i++) {
        if (base.asgStart[i] <= asOf && asOf <= base.asgEnd[i]) {
          active[base.asgRole[i]].add(unit, -1);
        }
      }
      first[g] = out;
      for (Assignment post : now[k]) {
        worker[out] = base.workerIndex.get(post.workerId());
        grid[out] = g;
        role[out] = AtlasData.ordinal(post.role());
        start[out] = Math.toIntExact(post.start().toEpochDay());
        end[out] = AtlasData.endDay(post.end());
        if (start[out] <= asOf && asOf <= end[out]) {
          active[role[out]].add(unit, 1);
        }
        out++;
      }
      from = g + 1;
    }
    first[ng] = size;
    p.asgWorker = worker;
    p.asgGrid = grid;
    p.asgRole = role;
    p.asgStart = start;
    p.asgEnd = end;
    p.gridAsgFirst = first;
    p.workerAsgFirst = new int[base.workers.length + 1];
    p.workerAsg =
        AtlasData.bucketSort(
            size, p.workerAsgFirst, k -> worker[k], (x, y) -> Integer.compare(x, y));
    int[][] posts = new int[active.length][];
    for (int r = 0; r < active.length; r++) {
      posts[r] = active[r].shift(base.pfPosts[r]);
    }
    p.pfPosts = posts;
  }

  // ---- liaisons --------------------------------------------------------------------------------

  private static void liaisons(
      AtlasData base,
      Map<LiaisonKey, Item<Liaison>> edits,
      java.util.Set<LiaisonKey> gone,
      AtlasParts p) {
    if (edits.isEmpty() && gone.isEmpty()) {
      return;
    }
    int nd = base.divisions.length;
    BitSet sectors = new BitSet();
    for (LiaisonKey k : gone) {
      sectors.set(k.sector());
    }
    List<Map.Entry<LiaisonKey, Item<Liaison>>> added = new ArrayList<>(edits.entrySet());
    added.sort((a, b) -> compare(a.getKey(), b.getKey()));
    int nl = base.liaisons.length;
    List<Liaison> liaisons = new ArrayList<>(nl + added.size());
    int[] unitOf = new int[nl + added.size()];
    int[] sectorOf = new int[nl + added.size()];
    int[] oldToNew = new int[nl];
    Deltas count = new Deltas();
    int j = 0;
    for (int l = 0; l < nl || j < added.size(); ) {
      @Nullable LiaisonKey atlas = l < nl ? keyOf(base, l) : null;
      if (atlas == null || (j < added.size() && compare(added.get(j).getKey(), atlas) < 0)) {
        LiaisonKey k = added.get(j).getKey();
        int unit = base.divisionIndex.get(k.unit());
        unitOf[liaisons.size()] = unit;
        sectorOf[liaisons.size()] = k.sector();
        liaisons.add(added.get(j++).getValue().value());
        sectors.set(k.sector());
        count.add(unit, 1);
      } else if (edits.containsKey(atlas) || gone.contains(atlas)) {
        oldToNew[l] = -1;
        count.add(base.liaisonUnit[l++], -1);
      } else {
        oldToNew[l] = liaisons.size();
        unitOf[liaisons.size()] = base.liaisonUnit[l];
        sectorOf[liaisons.size()] = atlas.sector();
        liaisons.add(base.liaisons[l++]);
      }
    }
    p.liaisons = liaisons.toArray(new Liaison[0]);
    p.liaisonUnit = Arrays.copyOf(unitOf, liaisons.size());
    p.pfLiaisons = count.shift(base.pfLiaisons);
    int[][] nearest = new int[base.sectors.length][];
    int[][] served = new int[base.sectors.length][];
    for (int s = 0; s < nearest.length; s++) {
      if (sectors.get(s)) {
        int[] near = new int[nd];
        Arrays.fill(near, -1);
        for (int l = 0; l < p.liaisons.length; l++) {
          if (sectorOf[l] == s) {
            near[p.liaisonUnit[l]] = l;
          }
        }
        int[] pf = new int[nd + 1];
        for (int d = 0; d < nd; d++) {
          if (near[d] < 0 && base.parent[d] >= 0) {
            near[d] = near[base.parent[d]];
          }
          pf[d + 1] = pf[d] + (near[d] >= 0 ? base.gridFirst[d + 1] - base.gridFirst[d] : 0);
        }
        nearest[s] = near;
        served[s] = pf;
      } else {
        int[] near = base.nearestLiaison[s].clone();
        for (int d = 0; d < nd; d++) {
          if (near[d] >= 0) {
            near[d] = oldToNew[near[d]];
          }
        }
        nearest[s] = near;
        served[s] = base.pfServed[s];
      }
    }
    p.nearestLiaison = nearest;
    p.pfServed = served;
  }

  private static LiaisonKey keyOf(AtlasData base, int liaison) {
    Liaison l = base.liaisons[liaison];
    return new LiaisonKey(l.unit(), base.sectorOf(l.sector()));
  }

  private static int compare(LiaisonKey a, LiaisonKey b) {
    int c = a.unit().compareTo(b.unit());
    return c != 0 ? c : Integer.compare(a.sector(), b.sector());
  }

  // ---- contact points --------------------------------------------------------------------------

  private static void contacts(
      AtlasData base, BitSet gone, Iterable<Item<ContactPoint>> added, AtlasParts p) {
    if (gone.isEmpty() && !added.iterator().hasNext()) {
      return;
    }
    List<ContactPoint> all = new ArrayList<>(base.contactPoints.length);
    for (int i = 0; i < base.contactPoints.length; i++) {
      if (!gone.get(i)) {
        all.add(base.contactPoints[i]);
      }
    }
    added.forEach(it -> all.add(it.value()));
    all.sort(AtlasData.CONTACT_ORDER);
    p.contactPoints = all.toArray(new ContactPoint[0]);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static <T> T[] copied(T[] current, T[] base) {
    return current == base ? base.clone() : current;
  }

  private static int[] copied(int[] current, int[] base) {
    return current == base ? base.clone() : current;
  }

  /**
   * Changes of per-unit counts, applied to a prefix-sum array over the divisions in pre-order (the
   * value of unit u is {@code pf[u + 1] - pf[u]}, so a change at u shifts every {@code pf[i]} with
   * i > u): O(nd + changes · log changes) for any number of changes.
   */
  private static final class Deltas {
    private int[] units = new int[4];
    private long[] amounts = new long[4];
    private int size;

    void add(int unit, long amount) {
      if (amount == 0) {
        return;
      }
      if (size == units.length) {
        units = Arrays.copyOf(units, 2 * size);
        amounts = Arrays.copyOf(amounts, 2 * size);
      }
      units[size] = unit;
      amounts[size++] = amount;
    }

    long[] shift(long[] pf) {
      if (size == 0) {
        return pf;
      }
      long[] out = pf.clone();
      forEachShift(out.length, (i, total) -> out[i] += total);
      return out;
    }

    int[] shift(int[] pf) {
      if (size == 0) {
        return pf;
      }
      int[] out = pf.clone();
      forEachShift(out.length, (i, total) -> out[i] += (int) total);
      return out;
    }

    /** For every i from the first unit changed, the sum of the changes at units below i. */
    private void forEachShift(int length, Shift shift) {
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      Arrays.sort(order, Comparator.comparingInt(k -> units[k]));
      long total = 0;
      int k = 0;
      for (int i = units[order[0]] + 1; i < length; i++) {
        while (k < size && units[order[k]] < i) {
          total += amounts[order[k++]];
        }
        shift.at(i, total);
      }
    }

    /** What to add at a position of a prefix-sum array. */
    @FunctionalInterface
    private interface Shift {
      void at(int index, long total);
    }
  }
}
