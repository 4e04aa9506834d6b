package org.gridgov.benchmarks.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Assignment;
import org.gridgov.core.Atlas;
import org.gridgov.core.AtlasChange;
import org.gridgov.core.ContactPoint;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.LeaderRank;
import org.gridgov.samples.SyntheticNational;
import org.gridgov.samples.YingkouSample;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Change batches against a full build of the same atlas, in the same run: {@link #fullBuild} (the
 * anchor: validating and indexing every element, what every batch cost per change before), one
 * structural change ({@link #oneMove}), {@code mixed} changes of every structural and
 * non-structural kind in one batch ({@link #mixedBatch}), one change that touches no structure
 * ({@link #oneUpdate}, the derivation fast path) on the synthetic national atlas, and one move on
 * the 营口 sample ({@link #yingkouOneMove}). The claim: a batch costs O(n + Σ affected), so {@code
 * mixedBatch} stays close to {@code oneMove}, and both to {@code fullBuild}; {@code oneUpdate} is a
 * fraction of them.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AtlasChangeBenchmark -f 1 -wi 2 -i 3};
 * {@code -p grids=5000000 -jvmArgs "-Xms12g -Xmx12g"} for the national headroom figure (a
 * structural batch holds the atlas, its contents and the new atlas at once).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AtlasChangeBenchmark {
  /** The synthetic national atlas and the changes applied to it. */
  @State(Scope.Benchmark)
  public static class National {
    /** Grids in the synthetic atlas. */
    @Param({"1000000"})
    public int grids;

    /** Changes in the mixed batch. */
    @Param({"1000"})
    public int mixed;

    Atlas atlas;
    Atlas.Builder builder;
    AtlasChange move;
    AtlasChange update;
    List<AtlasChange> batch;

    /** Builds the atlas and draws the changes, once. */
    @Setup(Level.Trial)
    public void setUp() {
      atlas = SyntheticNational.atlas(grids, 1);
      builder = atlas.toBuilder();
      SplittableRandom r = new SplittableRandom(7);
      List<Grid> all = atlas.grids();
      Grid g = all.get(r.nextInt(all.size()));
      move = AtlasChange.moveGrid(g.code(), otherUnit(all, g, r));
      update = AtlasChange.updateGrid(g.withCounts(g.households() + 1, g.residents() + 2));
      batch = mixedChanges(atlas, mixed, r);
    }
  }

  /** The 营口 sample and one move in it. */
  @State(Scope.Benchmark)
  public static class Yingkou {
    Atlas atlas;
    AtlasChange move;

    /** Loads the sample and draws the change, once. */
    @Setup(Level.Trial)
    public void setUp() {
      atlas = YingkouSample.atlas();
      SplittableRandom r = new SplittableRandom(7);
      List<Grid> all = atlas.grids();
      Grid g = all.get(r.nextInt(all.size()));
      move = AtlasChange.moveGrid(g.code(), otherUnit(all, g, r));
    }
  }

  /** The anchor: validates and indexes the whole atlas, as every batch did once per change. */
  @Benchmark
  public Atlas fullBuild(National s) {
    return s.builder.build();
  }

  /** One grid moved to another unit: re-coded, its post and organisation following it. */
  @Benchmark
  public Atlas oneMove(National s) {
    return s.atlas.apply(s.move);
  }

  /** One grid's counts updated: no structure touched, the result derived from the atlas. */
  @Benchmark
  public Atlas oneUpdate(National s) {
    return s.atlas.apply(s.update);
  }

  /** {@code mixed} changes in one batch: moves, splits, merges, updates, reassignments, etc. */
  @Benchmark
  public Atlas mixedBatch(National s) {
    return s.atlas.apply(s.batch);
  }

  /** One grid moved on the 营口 sample (about 8,000 grids). */
  @Benchmark
  public Atlas yingkouOneMove(Yingkou s) {
    return s.atlas.apply(s.move);
  }

  private static DivisionCode otherUnit(List<Grid> all, Grid g, SplittableRandom r) {
    while (true) {
      DivisionCode unit = all.get(r.nextInt(all.size())).unit();
      if (!unit.equals(g.unit())) {
        return unit;
      }
    }
  }

  /**
   * {@code count} valid changes, each on grids no earlier change touched, cycling through moves,
   * splits, merges of two neighbouring grids of a unit, count updates, reassignments and contact
   * points added.
   */
  static List<AtlasChange> mixedChanges(Atlas atlas, int count, SplittableRandom r) {
    List<Grid> all = atlas.grids();
    Set<GridCode> used = new HashSet<>();
    List<AtlasChange> changes = new ArrayList<>(count);
    LocalDate effective = atlas.asOf().plusMonths(1);
    while (changes.size() < count) {
      int i = r.nextInt(all.size() - 1);
      Grid g = all.get(i);
      Grid next = all.get(i + 1);
      if (used.contains(g.code()) || used.contains(next.code())) {
        continue;
      }
      switch (changes.size() % 6) {
        case 0 -> changes.add(AtlasChange.moveGrid(g.code(), otherUnit(all, g, r)));
        case 1 -> {
          int h = g.households() / 2;
          int p = g.residents() / 2;
          changes.add(
              AtlasChange.splitGrid(
                  g.code(),
                  List.of(
                      new AtlasChange.GridPart("甲", h, p),
                      new AtlasChange.GridPart("乙", g.households() - h, g.residents() - p))));
        }
        case 2 -> {
          if (!next.unit().equals(g.unit())) {
            continue;
          }
          changes.add(AtlasChange.mergeGrids(List.of(g.code(), next.code()), "合并网格"));
          used.add(next.code());
        }
        case 3 ->
            changes.add(
                AtlasChange.updateGrid(g.withCounts(g.households() + 1, g.residents() + 3)));
        case 4 -> {
          List<Assignment> posts = atlas.assignmentsIn(g.code());
          if (posts.isEmpty() || used.contains(next.code())) {
            continue;
          }
          changes.add(
              AtlasChange.reassignWorker(
                  posts.get(0).workerId(), g.code(), next.code(), effective));
          used.add(next.code());
        }
        default ->
            changes.add(
                AtlasChange.addContactPoint(
                    ContactPoint.ofGrid("联系领导", LeaderRank.DISTRICT, g.unit(), g.code())));
      }
      used.add(g.code());
    }
    return changes;
  }
}
