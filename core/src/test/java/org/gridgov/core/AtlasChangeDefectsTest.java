package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The defects of the change engine that issue 6 measured, each pinned by a test. */
class AtlasChangeDefectsTest {
  private static final GridCode SANLOU_1 = GridCode.parse("210802001007001");
  private static final GridCode SANLOU_2 = GridCode.parse("210802001007002");

  private final Atlas atlas = AtlasFixtures.zhanqian().build();

  /**
   * Each change used to rescan every live and retired grid code (allocation) and every post,
   * organisation and contact point (re-coding): k moves cost k passes over the atlas. A batch now
   * reads each code about once (the rebuild's validation) plus the units it touches.
   */
  @Test
  void aBatchOfMovesReadsEachGridCodeAboutOnceNotOncePerChange() {
    CountingScheme scheme = new CountingScheme();
    Atlas wide = wideAtlas(scheme, 200, 30);
    int n = wide.grids().size();
    List<AtlasChange> moves = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      Grid g = wide.grids().get(k * 97 % n);
      DivisionCode to = wide.grids().get((k * 131 + 61) % n).unit();
      if (!to.equals(g.unit())) {
        moves.add(AtlasChange.moveGrid(g.code(), to));
      }
    }
    scheme.reads.set(0);
    Atlas moved = wide.apply(moves);
    assertThat(moved.grids()).hasSize(n);
    assertThat(scheme.reads.get())
        .as("sequence reads for %s moves", moves.size())
        .isLessThan(2L * n);
  }

  /** Changes that touch no structure derive the new atlas and share the indexes that stay. */
  @Test
  void changesThatTouchNoStructureShareTheUnchangedIndexes() {
    Grid g = atlas.grid(SANLOU_1).orElseThrow();
    Atlas after =
        atlas.apply(
            AtlasChange.updateGrid(g.withCounts(g.households() + 10, g.residents() + 20)),
            AtlasChange.reassignWorker("w-yang", SANLOU_1, SANLOU_2, LocalDate.of(2023, 1, 1)));
    AtlasData before = atlas.data();
    AtlasData now = after.data();
    assertThat(now.divisionIndex).isSameAs(before.divisionIndex);
    assertThat(now.gridIndex).isSameAs(before.gridIndex);
    assertThat(now.workerIndex).isSameAs(before.workerIndex);
    assertThat(now.orgIndex).isSameAs(before.orgIndex);
    assertThat(now.gridCodes).isSameAs(before.gridCodes);
    assertThat(now.parent).isSameAs(before.parent);
    assertThat(now.gridOrgs).isSameAs(before.gridOrgs);
    assertThat(after).isEqualTo(after.toBuilder().build());
    assertThat(after.rollUp(DivisionCode.parse("210802")).households())
        .isEqualTo(atlas.rollUp(DivisionCode.parse("210802")).households() + 10);
  }

  /** Merging two grids of 2,000,000,000 households threw ArithmeticException. */
  @Test
  void aMergeBeyondTheCountsAGridCanHoldIsRefusedNamingTheCounts() {
    Grid a = atlas.grid(SANLOU_1).orElseThrow();
    Grid b = atlas.grid(SANLOU_2).orElseThrow();
    Atlas big =
        atlas.apply(
            AtlasChange.updateGrid(a.withCounts(2_000_000_000, 1)),
            AtlasChange.updateGrid(b.withCounts(2_000_000_000, 1)));
    assertThatThrownBy(() -> big.apply(AtlasChange.mergeGrids(List.of(SANLOU_1, SANLOU_2), "大")))
        .isInstanceOfSatisfying(
            AtlasChangeException.class,
            e -> {
              assertThat(Where.of(e.problems()))
                  .containsExactly("INVALID_VALUE at changes[0].grids");
              assertThat(e.problems().get(0).message())
                  .contains("4000000000 households")
                  .contains(Integer.toString(Integer.MAX_VALUE));
            });
  }

  /** Every null given to a change's factory or constructor is refused by the parameter's name. */
  @Test
  void nullChangesAreRefusedByTheParameterName() {
    RecordNullChecks checks = defaults(new RecordNullChecks());
    checks.recordFactories(AtlasChange.class);
    for (Class<?> c : AtlasChange.class.getPermittedSubclasses()) {
      checks.recordConstructor(c.asSubclass(Record.class));
    }
    checks.recordConstructor(AtlasChange.GridPart.class);
    checks.method(atlas, "apply", List.of("changes"), List.class);
    checks.method(atlas, "apply", List.of("changes"), AtlasChange[].class);
    checks.method(atlas, "diff", List.of("newer"), Atlas.class);
    checks.verify();
  }

  /** Every null given to a diff or its entries is refused by the parameter's name. */
  @Test
  void nullDiffPartsAreRefusedByTheParameterName() {
    RecordNullChecks checks =
        defaults(new RecordNullChecks())
            .with(AtlasDiff.Subject.class, AtlasDiff.Subject.GRID)
            .with(AtlasDiff.Kind.class, AtlasDiff.Kind.ADDED);
    checks.recordConstructor(AtlasDiff.class);
    for (Class<?> c : AtlasDiff.Entry.class.getPermittedSubclasses()) {
      checks.recordConstructor(c.asSubclass(Record.class));
    }
    AtlasDiff diff = new AtlasDiff(List.of());
    checks.method(diff, "entries", List.of("subject"), AtlasDiff.Subject.class);
    checks.method(
        diff, "count", List.of("subject", "kind"), AtlasDiff.Subject.class, AtlasDiff.Kind.class);
    checks.verify();
  }

  static RecordNullChecks defaults(RecordNullChecks checks) {
    DivisionCode sanlou = DivisionCode.parse("210802001007");
    return checks
        .with(String.class, "x")
        .with(DivisionCode.class, sanlou)
        .withEach(GridCode.class, List.of(SANLOU_1, SANLOU_2))
        .with(Division.class, Division.of(sanlou, "三楼社区"))
        .with(Grid.class, new Grid(SANLOU_1, sanlou, GridKind.BASE, "一", 1, 2))
        .with(GridWorker.class, new GridWorker("w", "王"))
        .with(
            Assignment.class,
            Assignment.open("w", SANLOU_1, WorkerRole.FULL_TIME, LocalDate.of(2022, 1, 1)))
        .with(LocalDate.class, LocalDate.of(2022, 1, 1))
        .with(Sector.class, Sector.POWER)
        .with(Liaison.class, new Liaison("李", sanlou, Sector.POWER))
        .with(ContactPoint.class, ContactPoint.ofUnit("周", LeaderRank.CITY, sanlou))
        .with(List.class, List.of(SANLOU_1, SANLOU_2))
        .with(AtlasChange[].class, new AtlasChange[0])
        .with(Atlas.class, AtlasFixtures.zhanqian().build());
  }

  /** An atlas of {@code units} communities with {@code grids} grids each, under one town. */
  static Atlas wideAtlas(GridCodeScheme scheme, int units, int grids) {
    Atlas.Builder b =
        Atlas.builder()
            .asOf(AtlasFixtures.AS_OF)
            .gridCodeScheme(scheme)
            .addDivision(Division.of("21", "辽宁省"))
            .addDivision(Division.of("2108", "营口市"))
            .addDivision(Division.of("210802", "站前区"));
    for (int t = 0; t * 150 < units; t++) {
      b.addDivision(
          Division.of(DivisionCode.parse("210802").child(DivisionLevel.TOWN, 1 + t), "街"));
    }
    for (int u = 0; u < units; u++) {
      DivisionCode town = DivisionCode.parse("210802").child(DivisionLevel.TOWN, 1 + u / 150);
      DivisionCode unit = town.child(DivisionLevel.VILLAGE, 1 + u % 150);
      b.addDivision(new Division(unit, "社区" + u, Optional.empty()));
      for (int s = 1; s <= grids; s++) {
        b.addGrid(
            new Grid(
                GridCodeScheme.standard().codeFor(unit, s), unit, GridKind.BASE, "网格", 300, 700));
      }
    }
    return b.build();
  }

  /** The standard scheme, counting how often a grid code's sequence is read. */
  static final class CountingScheme implements GridCodeScheme {
    final AtomicLong reads = new AtomicLong();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public int maxSequence() {
      return GridCodeScheme.standard().maxSequence();
    }

    @Override
    public GridCode codeFor(DivisionCode unit, int sequence) {
      return GridCodeScheme.standard().codeFor(unit, sequence);
    }

    @Override
    public OptionalInt sequenceOf(GridCode code, DivisionCode unit) {
      reads.incrementAndGet();
      return GridCodeScheme.standard().sequenceOf(code, unit);
    }

    @Override
    public Optional<String> problemWith(GridCode code, DivisionCode unit) {
      return GridCodeScheme.standard().problemWith(code, unit);
    }
  }
}
