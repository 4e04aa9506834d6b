package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The record of sanctions (处理记录): every application and revocation in the order decided. A sanction
 * is active from its application until a later revocation, so every decision is kept and every one
 * can be reversed. Immutable.
 *
 * <pre>{@code
 * Sanctions s = Sanctions.none()
 *     .apply("lb-017", Sanction.REMOVE_FLAGGED_VOTES, LocalDate.of(2022, 12, 31), "IP burst, finding 3")
 *     .apply("lb-017", Sanction.ZERO_ONLINE_SCORE, LocalDate.of(2023, 1, 3), "organised brushing")
 *     .revoke("lb-017", Sanction.ZERO_ONLINE_SCORE, LocalDate.of(2023, 1, 6), "objection upheld");
 * s.active("lb-017");   // [REMOVE_FLAGGED_VOTES]
 * }</pre>
 */
public final class Sanctions {
  private static final Sanctions NONE = new Sanctions(List.of());

  private final List<SanctionEntry> entries;
  private final Map<String, Set<Sanction>> active;

  private Sanctions(List<SanctionEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, Set<Sanction>> now = new HashMap<>();
    for (int i = 0; i < this.entries.size(); i++) {
      SanctionEntry e = this.entries.get(i);
      Set<Sanction> set = now.computeIfAbsent(e.candidate(), k -> EnumSet.noneOf(Sanction.class));
      if (e.revoked()) {
        checkArgument(
            set.remove(e.sanction()),
            "entry %s revokes %s for %s, which is not in force",
            i,
            e.sanction(),
            e.candidate());
      } else {
        checkArgument(
            set.add(e.sanction()),
            "entry %s applies %s to %s, which is already in force",
            i,
            e.sanction(),
            e.candidate());
      }
    }
    Map<String, Set<Sanction>> frozen = new HashMap<>();
    now.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            frozen.put(k, Collections.unmodifiableSet(v));
          }
        });
    this.active = frozen;
  }

  /**
   * No sanctions.
   *
   * @return the empty record
   */
  public static Sanctions none() {
    return NONE;
  }

  /**
   * A record of entries.
   *
   * @param entries the entries in the order decided
   * @return the record
   * @throws IllegalArgumentException if an entry revokes a sanction not in force or applies one
   *     already in force
   */
  public static Sanctions of(List<SanctionEntry> entries) {
    return entries.isEmpty() ? NONE : new Sanctions(checkNotNull(entries, "entries"));
  }

  /**
   * This record and one more application.
   *
   * @param candidate the candidate's id
   * @param sanction the sanction
   * @param on the date of the decision
   * @param reason the reason
   * @return the new record
   * @throws IllegalArgumentException if the sanction is already in force
   */
  public Sanctions apply(String candidate, Sanction sanction, LocalDate on, String reason) {
    return plus(new SanctionEntry(candidate, sanction, false, on, reason));
  }

  /**
   * This record and one more revocation.
   *
   * @param candidate the candidate's id
   * @param sanction the sanction
   * @param on the date of the decision
   * @param reason the reason
   * @return the new record
   * @throws IllegalArgumentException if the sanction is not in force
   */
  public Sanctions revoke(String candidate, Sanction sanction, LocalDate on, String reason) {
    return plus(new SanctionEntry(candidate, sanction, true, on, reason));
  }

  private Sanctions plus(SanctionEntry e) {
    List<SanctionEntry> more = new ArrayList<>(entries);
    more.add(e);
    return new Sanctions(more);
  }

  /**
   * Every entry, in the order decided.
   *
   * @return the entries
   */
  public List<SanctionEntry> entries() {
    return entries;
  }

  /**
   * The sanctions in force for a candidate.
   *
   * @param candidate the candidate's id
   * @return the sanctions, possibly empty
   */
  public Set<Sanction> active(String candidate) {
    Set<Sanction> s = active.get(checkNotNull(candidate, "candidate"));
    return s == null ? Set.of() : s;
  }

  /**
   * Whether a sanction is in force for a candidate.
   *
   * @param candidate the candidate's id
   * @param sanction the sanction
   * @return true if in force
   */
  public boolean isActive(String candidate, Sanction sanction) {
    return active(candidate).contains(checkNotNull(sanction, "sanction"));
  }

  /**
   * The candidates with a sanction in force, sorted.
   *
   * @param sanction the sanction
   * @return the candidate ids
   */
  public Set<String> candidatesWith(Sanction sanction) {
    checkNotNull(sanction, "sanction");
    Set<String> out = new TreeSet<>();
    active.forEach(
        (c, s) -> {
          if (s.contains(sanction)) {
            out.add(c);
          }
        });
    return Collections.unmodifiableSet(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Sanctions s && s.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Sanctions" + entries;
  }
}
