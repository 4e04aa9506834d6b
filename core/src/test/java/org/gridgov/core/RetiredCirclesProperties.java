package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.Theories.qt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Circles of retired codes against a brute-force reading of the graph: one CYCLE problem per group
 * of two or more retirements that reach each other, at the group's first retirement in the input;
 * its message shows a shortest way round from there, and says that a current code is reachable
 * exactly when some retirement of the group leads, through any retirements, to a live grid.
 */
class RetiredCirclesProperties {
  private static final String NONE = ": none of them would lead to a current code";
  private static final String BACK =
      ": each of them would come back after its own retirement, and a retired code is never used"
          + " again";

  @Test
  void everyCircleIsReportedOnceAtItsFirstRetirementWithATrueMessage() {
    List<GridCode> live = new ArrayList<>();
    AtlasFixtures.zhanqian().build().grids().forEach(g -> live.add(g.code()));
    qt().withExamples(400)
        .forAll(AtlasFixtures.seeds())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              int k = 2 + r.nextInt(10);
              List<GridCode> retired = new ArrayList<>();
              for (int i = 0; i < k; i++) {
                retired.add(GridCode.parse("r" + i));
              }
              java.util.Collections.shuffle(retired, r);
              Map<GridCode, List<GridCode>> graph = new LinkedHashMap<>();
              for (GridCode code : retired) {
                List<GridCode> next = new ArrayList<>();
                int out = r.nextInt(4);
                for (int j = 0; j < out; j++) {
                  int what = r.nextInt(10);
                  GridCode s =
                      what < 7
                          ? retired.get(r.nextInt(k))
                          : what < 9 ? live.get(r.nextInt(live.size())) : GridCode.parse("u" + j);
                  if (!next.contains(s)) {
                    next.add(s);
                  }
                }
                graph.put(code, next);
              }
              Atlas.Builder b = AtlasFixtures.zhanqian();
              graph.forEach(b::retireGrid);
              List<String> cycles = new ArrayList<>();
              for (String p : Where.withMessages(b.check())) {
                if (p.startsWith("CYCLE")) {
                  cycles.add(p);
                }
              }
              assertThat(cycles)
                  .as("seed %s: %s", seed, graph)
                  .hasSize(expected(graph, live, cycles));
            });
  }

  /**
   * Checks each reported circle against the graph and returns how many circles the graph has: its
   * groups of two or more codes that reach each other.
   */
  private static int expected(
      Map<GridCode, List<GridCode>> graph, List<GridCode> live, List<String> reported) {
    List<GridCode> order = new ArrayList<>(graph.keySet());
    Set<GridCode> seen = new HashSet<>();
    int groups = 0;
    Map<Integer, String> byPosition = new HashMap<>();
    for (String p : reported) {
      String at = p.substring("CYCLE at $.retiredGrids[".length(), p.indexOf(']'));
      byPosition.put(Integer.parseInt(at), p);
    }
    for (GridCode a : order) {
      if (seen.contains(a)) {
        continue;
      }
      Set<GridCode> group = new TreeSet<>();
      for (GridCode b : order) {
        if (reaches(graph, a, b) && reaches(graph, b, a)) {
          group.add(b);
        }
      }
      seen.addAll(group);
      if (group.size() < 2) {
        continue;
      }
      groups++;
      // a is the group's first retirement in the input, as the order is the input's
      String p = byPosition.getOrDefault(order.indexOf(a), "");
      assertThat(p).as("the circle of %s at its first retirement", group).isNotEmpty();
      boolean reachesLive = false;
      for (GridCode g : group) {
        for (GridCode l : live) {
          reachesLive |= reaches(graph, g, l);
        }
      }
      assertThat(p).endsWith(reachesLive ? BACK : NONE);
      String shown = p.substring(p.indexOf("circle, ") + "circle, ".length(), p.lastIndexOf(':'));
      List<GridCode> loop = new ArrayList<>();
      for (String c : com.google.common.base.Splitter.on(" -> ").split(shown)) {
        loop.add(GridCode.parse(c));
      }
      assertThat(loop.get(0)).isEqualTo(a);
      assertThat(loop.get(loop.size() - 1)).isEqualTo(a);
      for (int i = 0; i + 1 < loop.size(); i++) {
        assertThat(graph.get(loop.get(i))).as("%s", shown).contains(loop.get(i + 1));
      }
      assertThat(loop.size() - 1).as("a shortest way round").isEqualTo(shortestRound(graph, a));
    }
    return groups;
  }

  /** Whether {@code to} can be reached from {@code from} in one or more steps. */
  private static boolean reaches(Map<GridCode, List<GridCode>> graph, GridCode from, GridCode to) {
    Set<GridCode> seen = new HashSet<>();
    ArrayDeque<GridCode> todo = new ArrayDeque<>(graph.getOrDefault(from, List.of()));
    while (!todo.isEmpty()) {
      GridCode c = todo.poll();
      if (c.equals(to)) {
        return true;
      }
      if (seen.add(c)) {
        todo.addAll(graph.getOrDefault(c, List.of()));
      }
    }
    return false;
  }

  /** The fewest steps from {@code a} back to itself, not through {@code a} by its own self-loop. */
  private static int shortestRound(Map<GridCode, List<GridCode>> graph, GridCode a) {
    Map<GridCode, Integer> steps = new HashMap<>();
    ArrayDeque<GridCode> todo = new ArrayDeque<>();
    for (GridCode s : graph.getOrDefault(a, List.of())) {
      if (!s.equals(a) && graph.containsKey(s) && steps.putIfAbsent(s, 1) == null) {
        todo.add(s);
      }
    }
    while (!todo.isEmpty()) {
      GridCode c = todo.poll();
      int here = steps.getOrDefault(c, 0);
      for (GridCode s : graph.getOrDefault(c, List.of())) {
        if (s.equals(a)) {
          return here + 1;
        }
        if (graph.containsKey(s) && steps.putIfAbsent(s, here + 1) == null) {
          todo.add(s);
        }
      }
    }
    throw new AssertionError("no way round from " + a);
  }
}
