/**
 * gridgov samples: the bundled 营口 sample atlas and deterministic synthetic data (a national atlas,
 * and for the later capabilities cases, assessments and ballots) for demos, tests and benchmarks.
 * Not a library dependency of production code.
 */
module org.gridgov.samples {
  requires transitive org.gridgov.core;
  requires transitive org.gridgov.sla;
  requires transitive org.gridgov.scoring;
  requires transitive org.gridgov.geo;
  requires com.google.common;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.gridgov.samples;
}
