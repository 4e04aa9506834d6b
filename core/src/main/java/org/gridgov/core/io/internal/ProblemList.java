package org.gridgov.core.io.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Location;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Problems in the order found, up to a cap; beyond it they are only counted, so that hostile input
 * cannot grow the list. When a source is set, every location added is placed in that source. Not
 * thread-safe.
 */
public final class ProblemList {
  private final int cap;
  private final List<Problem> kept = new ArrayList<>();
  private long omitted;
  private @Nullable String source;

  /**
   * An empty list.
   *
   * @param cap the problems kept, at least 1
   */
  public ProblemList(int cap) {
    checkArgument(cap >= 1, "cap must be >= 1, got %s", cap);
    this.cap = cap;
  }

  /**
   * An empty list with the cap of the limits.
   *
   * @param limits the limits
   * @return the list
   */
  public static ProblemList of(ReadLimits limits) {
    return new ProblemList(limits.maxProblems());
  }

  /**
   * Places every location added from now on in a named source (a file).
   *
   * @param name the source's name, or null for none
   * @return this list
   */
  public ProblemList inSource(@Nullable String name) {
    this.source = name;
    return this;
  }

  /**
   * Adds a problem.
   *
   * @param kind the kind
   * @param location where
   * @param message what is wrong
   */
  public void add(ProblemKind kind, Location location, String message) {
    if (kept.size() >= cap) {
      omitted++;
      return;
    }
    add(new Problem(kind, location, message));
  }

  /**
   * Adds a problem.
   *
   * @param problem the problem
   */
  public void add(Problem problem) {
    checkNotNull(problem, "problem");
    if (kept.size() >= cap) {
      omitted++;
      return;
    }
    kept.add(source == null ? problem : problem.withLocation(problem.location().in(source)));
  }

  /**
   * Adds problems.
   *
   * @param problems the problems
   */
  public void addAll(Collection<Problem> problems) {
    problems.forEach(this::add);
  }

  /**
   * Adds the problems of a refused input, with those it had counted but not kept.
   *
   * @param e the exception
   */
  public void addAll(InvalidInputException e) {
    addAll(e.problems());
    omitted += e.omittedProblems();
  }

  /**
   * Whether no problem was added.
   *
   * @return true if none
   */
  public boolean isEmpty() {
    return kept.isEmpty() && omitted == 0;
  }

  /**
   * Whether the cap is reached, so that a reader may stop looking.
   *
   * @return true if more problems would only be counted
   */
  public boolean isFull() {
    return kept.size() >= cap;
  }

  /**
   * All problems added, kept or not.
   *
   * @return the count
   */
  public long count() {
    return kept.size() + omitted;
  }

  /**
   * The problems kept, in the order added.
   *
   * @return a copy
   */
  public List<Problem> kept() {
    return List.copyOf(kept);
  }

  /**
   * The problems added beyond the cap.
   *
   * @return the count
   */
  public long omitted() {
    return omitted;
  }

  /**
   * Throws the format's exception if any problem was added.
   *
   * @param failure makes the exception from the problems kept and the count omitted
   * @param <X> the exception
   * @throws X if any problem was added
   */
  public <X extends InvalidInputException> void throwIfAny(Failure<X> failure) throws X {
    if (!isEmpty()) {
      throw failure(failure);
    }
  }

  /**
   * The format's exception for the problems added; at least one must have been.
   *
   * @param failure makes the exception
   * @param <X> the exception
   * @return the exception
   */
  public <X extends InvalidInputException> X failure(Failure<X> failure) {
    checkArgument(!kept.isEmpty(), "no problem to report");
    return failure.create(List.copyOf(kept), omitted);
  }

  /**
   * Makes a format's exception.
   *
   * @param <X> the exception
   */
  @FunctionalInterface
  public interface Failure<X extends InvalidInputException> {
    /**
     * Makes the exception.
     *
     * @param problems the problems kept, not empty
     * @param omitted the problems beyond the cap
     * @return the exception
     */
    X create(List<Problem> problems, long omitted);
  }
}
