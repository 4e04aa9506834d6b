package org.gridgov.sla.clock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gridgov.core.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * 案件台账 — the cases a desk keeps, laid out for reading all of them at one instant: the big screen's
 * question. Each case's log is kept with a copy of what its status at an instant is read from (the
 * frozen row of its replay: flags, budgets, due and warning instants, time used, escalation
 * schedule), and the rows of all cases lie one after the other in pages of longs. Reading every
 * case at an instant then walks memory in order instead of following each log's objects across the
 * heap, which is what a million logs otherwise cost (see the README's measurements).
 *
 * <pre>{@code
 * CaseRegister desk = CaseRegister.create();
 * desk.put(log);                    // as events arrive: log = log.plus(event); desk.put(log);
 * CaseMetrics m = CaseMetrics.empty(20, DivisionLevel.TOWN);
 * m.addAll(atlas, desk, now);       // or desk.forEachView(now, view -> ...)
 * }</pre>
 *
 * <p>A view at an instant before a case's last event is the log's own ({@link CaseLog#view}, which
 * replays a prefix). Costs: {@link #put} O(row) (a row is about 17 longs per milestone, 0.6 KB for
 * four milestones, beside the log itself), {@link #get} and {@link #remove} O(1) expected; rows
 * replaced by a log of another shape, or removed, leave space that is reclaimed when it exceeds the
 * live rows. Rows fill pages of 8 MiB (about 13,000 cases of four milestones each), so that the
 * register grows without ever copying more than a page. <b>Mutable and not thread-safe</b>; views
 * are read while no case is put or removed.
 */
public final class CaseRegister {
  /** The longs of a full page of rows (8 MiB): rows fill pages one after the other. */
  static final int PAGE = 1 << 20;

  private final int pageLongs;
  private long[][] pages = new long[0][];
  private int pageCount;
  private int pageUsed; // longs used in the last page
  private long used; // longs placed, live or free
  private long free; // longs of replaced or removed rows
  private int size;
  private int[] page = new int[0];
  private int[] offset = new int[0];
  private int[] length = new int[0];
  private CaseLog[] logs = new CaseLog[0];
  // what a view needs besides the row, by reference, so that reading a case touches no log
  private String[] ids = new String[0];
  private Replay[] replays = new Replay[0];
  private CompiledPolicy[] policies = new CompiledPolicy[0];
  private @Nullable GridCode[] grids = new GridCode[0];
  private final Map<String, Integer> index = new HashMap<>();

  /** A register whose full pages hold {@code pageLongs} longs (small in tests). */
  CaseRegister(int pageLongs) {
    this.pageLongs = pageLongs;
  }

  /**
   * An empty register.
   *
   * @return the register
   */
  public static CaseRegister create() {
    return new CaseRegister(PAGE);
  }

  /**
   * The number of cases.
   *
   * @return the number
   */
  public int size() {
    return size;
  }

  /**
   * Adds a case, or replaces the case with the same id by this log (the log after new events).
   *
   * @param log the case
   */
  public void put(CaseLog log) {
    checkNotNull(log, "log");
    long[] row = log.replay().fz;
    Integer at = index.get(log.caseId());
    int i;
    if (at == null) {
      i = size;
      grow(size + 1);
      size++;
      index.put(log.caseId(), i);
      length[i] = 0; // nothing to keep if place() compacts
      place(i, row.length);
    } else {
      i = at;
      if (length[i] != row.length) {
        free += length[i];
        length[i] = 0;
        place(i, row.length);
      }
    }
    length[i] = row.length;
    logs[i] = log;
    ids[i] = log.caseId();
    replays[i] = log.replay();
    policies[i] = log.replay().p;
    grids[i] = log.replay().grid;
    long[] rows = pages[page[i]];
    int base = offset[i];
    System.arraycopy(row, 0, rows, base, row.length);
    rows[base + Replay.H_LAST] = log.lastSecond();
    rows[base + Replay.H_LAST + 1] = log.lastNano();
  }

  /**
   * Places case {@code i}'s row of {@code n} longs after the last, compacting first if more than
   * half the longs placed are free. The last page grows by doubling up to a full page; then a new
   * page begins, so that no copy is ever larger than a page.
   */
  private void place(int i, int n) {
    if (free > 0 && 2 * free > used) {
      compact();
    }
    long[] last = pageCount == 0 ? null : pages[pageCount - 1];
    if (last == null || pageUsed + n > last.length) {
      if (last != null && last.length < pageLongs && pageUsed + n <= pageLongs) {
        pages[pageCount - 1] = Arrays.copyOf(last, Math.min(pageLongs, 2 * (pageUsed + n)));
      } else {
        newPage(Math.max(n, Math.min(pageLongs, Math.max(64, 2 * n))));
      }
    }
    page[i] = pageCount - 1;
    offset[i] = pageUsed;
    pageUsed += n;
    used += n;
  }

  private void newPage(int longs) {
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, Math.max(4, 2 * pages.length));
    }
    pages[pageCount++] = new long[longs];
    pageUsed = 0;
  }

  /** Rewrites the live rows one after the other, in case order, into new pages. */
  private void compact() {
    long[][] old = pages;
    int[] oldPage = page.clone();
    int[] oldOffset = offset.clone();
    pages = new long[0][];
    pageCount = 0;
    pageUsed = 0;
    used = 0;
    free = 0;
    for (int i = 0; i < size; i++) {
      int n = length[i];
      if (n == 0) {
        continue; // the row being replaced
      }
      place(i, n);
      System.arraycopy(old[oldPage[i]], oldOffset[i], pages[page[i]], offset[i], n);
    }
  }

  private void grow(int n) {
    if (n > logs.length) {
      int cap = Math.max(16, Math.max(n, logs.length + (logs.length >> 1)));
      page = Arrays.copyOf(page, cap);
      offset = Arrays.copyOf(offset, cap);
      length = Arrays.copyOf(length, cap);
      logs = Arrays.copyOf(logs, cap);
      ids = Arrays.copyOf(ids, cap);
      replays = Arrays.copyOf(replays, cap);
      policies = Arrays.copyOf(policies, cap);
      grids = Arrays.copyOf(grids, cap);
    }
  }

  /**
   * A case's log.
   *
   * @param caseId the case's id
   * @return the log, if the register has the case
   */
  public Optional<CaseLog> get(String caseId) {
    checkNotNull(caseId, "caseId");
    Integer i = index.get(caseId);
    return i == null ? Optional.empty() : Optional.of(logs[i]);
  }

  /**
   * Removes a case (an archived one, say). The last case takes its place in the order of {@link
   * #logs} and {@link #forEachView}.
   *
   * @param caseId the case's id
   * @return true if the register had the case
   */
  public boolean remove(String caseId) {
    checkNotNull(caseId, "caseId");
    Integer at = index.remove(caseId);
    if (at == null) {
      return false;
    }
    int i = at;
    free += length[i];
    int last = size - 1;
    if (i != last) {
      page[i] = page[last];
      offset[i] = offset[last];
      length[i] = length[last];
      logs[i] = logs[last];
      ids[i] = ids[last];
      replays[i] = replays[last];
      policies[i] = policies[last];
      grids[i] = grids[last];
      index.put(ids[i], i);
    }
    logs[last] = null;
    ids[last] = null;
    replays[last] = null;
    policies[last] = null;
    grids[last] = null;
    size--;
    if (size == 0) {
      pages = new long[0][];
      pageCount = 0;
      pageUsed = 0;
      used = 0;
      free = 0;
    }
    return true;
  }

  /**
   * The logs, in the register's order (the order of adding, but for removals).
   *
   * @return the logs
   */
  public List<CaseLog> logs() {
    List<CaseLog> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(logs[i]);
    }
    return List.copyOf(list);
  }

  /**
   * Reads every case at an instant, in the register's order: each view reads as the log's {@link
   * CaseLog#view(Instant)}. A view reads the register's rows, so read it before the register
   * changes (values taken from it stay valid). O(cases) views, each O(milestones), in one walk over
   * the rows.
   *
   * @param at the instant
   * @param action what to do with each case's view
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // compared as a pair
  public void forEachView(Instant at, Consumer<? super StatusView> action) {
    checkNotNull(at, "at");
    checkNotNull(action, "action");
    long s = at.getEpochSecond();
    int nano = at.getNano();
    for (int i = 0; i < size; i++) {
      long[] a = pages[page[i]];
      int base = offset[i];
      long lastSecond = a[base + Replay.H_LAST];
      if (lastSecond < s || (lastSecond == s && a[base + Replay.H_LAST + 1] <= nano)) {
        action.accept(new Evaluation(ids[i], replays[i], a, base, policies[i], grids[i], at));
      } else {
        action.accept(logs[i].view(at));
      }
    }
  }

  /** The number of cases and the longs their rows take. */
  @Override
  public String toString() {
    return "CaseRegister[" + size + " cases, " + (used - free) + " longs of rows]";
  }
}
