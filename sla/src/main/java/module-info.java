/** gridgov sla: working-time calendars, case clocks and on-time metrics. */
module org.gridgov.sla {
  requires transitive org.gridgov.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
}
