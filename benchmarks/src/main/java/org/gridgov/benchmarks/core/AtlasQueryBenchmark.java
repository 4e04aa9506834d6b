package org.gridgov.benchmarks.core;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Atlas;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.DivisionLevel;
import org.gridgov.core.GridCode;
import org.gridgov.core.Liaison;
import org.gridgov.core.RollUp;
import org.gridgov.core.Sector;
import org.gridgov.core.WhistleRoute;
import org.gridgov.samples.SyntheticNational;
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
 * Province roll-up, {@code isAncestor} and whistle routing on a synthetic national atlas: ours
 * (prefix sums, pre-order intervals, nearest-liaison tables) against a naive parent-pointer map
 * with walks and a full recount, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AtlasQueryBenchmark {
  /** Grids in the synthetic atlas; 5000000 for the national headroom figure. */
  @Param({"1000000"})
  public int grids;

  private Atlas atlas;
  private NaiveTree naive;
  private DivisionCode province;
  private List<DivisionCode> villages;
  private List<DivisionCode> towns;
  private List<GridCode> gridCodes;
  private SplittableRandom random;

  /** Builds the atlas and the naive tree once. */
  @Setup(Level.Trial)
  public void setUp() {
    atlas = SyntheticNational.atlas(grids, 1);
    naive = new NaiveTree(atlas);
    province = DivisionCode.parse("44");
    villages =
        atlas.divisions().stream()
            .filter(d -> d.level() == DivisionLevel.VILLAGE)
            .map(d -> d.code())
            .toList();
    towns =
        atlas.divisions().stream()
            .filter(d -> d.level() == DivisionLevel.TOWN)
            .map(d -> d.code())
            .toList();
    gridCodes = atlas.grids().stream().map(g -> g.code()).toList();
    random = new SplittableRandom(7);
  }

  /** Province roll-up in O(1). */
  @Benchmark
  public RollUp rollUpProvince() {
    return atlas.rollUp(province);
  }

  /** Province households by recounting every grid with a parent walk. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public long rollUpProvinceNaive() {
    return naive.households(province);
  }

  /** Town above a random village: pre-order interval containment. */
  @Benchmark
  public boolean isAncestor() {
    return atlas.isAncestor(
        towns.get(random.nextInt(towns.size())), villages.get(random.nextInt(villages.size())));
  }

  /** The same question by walking parent pointers. */
  @Benchmark
  public boolean isAncestorNaive() {
    return naive.isAncestor(
        towns.get(random.nextInt(towns.size())), villages.get(random.nextInt(villages.size())));
  }

  /** Whistle routing of a random grid. */
  @Benchmark
  public WhistleRoute routeWhistle() {
    return atlas.routeWhistle(gridCodes.get(random.nextInt(gridCodes.size())), Sector.HEATING);
  }

  /** Whistle routing by walking up and probing a (unit, sector) map at each level. */
  @Benchmark
  public Liaison routeWhistleNaive() {
    return naive.route(gridCodes.get(random.nextInt(gridCodes.size())).toString(), Sector.HEATING);
  }
}
