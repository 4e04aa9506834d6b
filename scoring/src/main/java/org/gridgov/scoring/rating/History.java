package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 星级档案 — each organisation's results round by round, oldest first: what the next round's
 * transitions start from.
 *
 * <pre>{@code
 * RoundResult y2022 = RatingRound.of(rubric, "2022").rate(assessments2022);
 * History history = History.empty().plus(y2022);
 * RoundResult y2023 = RatingRound.of(rubric, "2023").withPrevious(history).rate(assessments2023);
 * history = history.plus(y2023);
 * history.of("org-17");   // [2022: 3★ AVERAGE 78, 2023: 4★ ADVANCED 86.5]
 * }</pre>
 *
 * <p>Immutable; {@code plus} copies the index, O(n) for n organisations.
 */
public final class History {
  private static final History EMPTY = new History(Map.of());

  private final Map<String, List<PeriodRecord>> records;

  private History(Map<String, List<PeriodRecord>> records) {
    this.records = records;
  }

  /**
   * No history.
   *
   * @return the empty history
   */
  public static History empty() {
    return EMPTY;
  }

  /**
   * This history with one more record.
   *
   * @param organisationId the organisation
   * @param record its record
   * @return the longer history
   * @throws IllegalArgumentException if the organisation already has a record for the period
   */
  public History plus(String organisationId, PeriodRecord record) {
    Checks.id(organisationId, "organisation id");
    checkNotNull(record, "record");
    Map<String, List<PeriodRecord>> copy = new HashMap<>(records);
    append(copy, organisationId, record);
    return new History(Map.copyOf(copy));
  }

  /**
   * This history with every organisation's result of a round.
   *
   * @param round the round
   * @return the longer history
   * @throws IllegalArgumentException if an organisation already has a record for the period
   */
  public History plus(RoundResult round) {
    Map<String, List<PeriodRecord>> copy = new HashMap<>(records);
    for (RoundEntry e : round.entries()) {
      append(
          copy,
          e.organisationId(),
          new PeriodRecord(round.period(), e.stars(), e.tier(), e.total()));
    }
    return new History(Map.copyOf(copy));
  }

  private static void append(
      Map<String, List<PeriodRecord>> map, String organisationId, PeriodRecord record) {
    List<PeriodRecord> old = map.get(organisationId);
    List<PeriodRecord> list = new ArrayList<>(old == null ? List.of() : old);
    for (PeriodRecord r : list) {
      checkArgument(
          !r.period().equals(record.period()),
          "organisation %s already has a record for period %s",
          organisationId,
          record.period());
    }
    list.add(record);
    map.put(organisationId, List.copyOf(list));
  }

  /**
   * An organisation's records, oldest first.
   *
   * @param organisationId the organisation
   * @return the records, empty if none
   */
  public List<PeriodRecord> of(String organisationId) {
    List<PeriodRecord> list = records.get(checkNotNull(organisationId, "organisationId"));
    return list == null ? List.of() : list;
  }

  /**
   * An organisation's last rated record (new rounds, unrated, do not count).
   *
   * @param organisationId the organisation
   * @return the record, if any
   */
  public Optional<PeriodRecord> lastRated(String organisationId) {
    List<PeriodRecord> list = of(organisationId);
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).rated()) {
        return Optional.of(list.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The organisations with records.
   *
   * @return their ids
   */
  public Set<String> organisations() {
    return records.keySet();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof History h && records.equals(h.records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /**
   * The history as {@code History[n organisations]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "History[" + records.size() + " organisations]";
  }
}
