/** Example programs and the {@code gridgov} command-line tool, written against the public API. */
module org.gridgov.examples {
  requires org.gridgov.core;
  requires org.gridgov.sla;
  requires org.gridgov.scoring;
  requires org.gridgov.samples;
  requires com.fasterxml.jackson.databind;
  requires org.gridgov.geo;
  requires info.picocli;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  opens org.gridgov.examples.cli to
      info.picocli;
}
