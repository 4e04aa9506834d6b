/**
 * gridgov sla: working-time calendars with China's statutory holidays and make-up working days
 * (调休), and exact working-time arithmetic; case clocks and on-time metrics follow.
 */
module org.gridgov.sla {
  requires transitive org.gridgov.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.gridgov.sla;
  exports org.gridgov.sla.calendar;
  exports org.gridgov.sla.clock;
  exports org.gridgov.sla.metrics;
  exports org.gridgov.sla.io;

  provides com.fasterxml.jackson.databind.Module with
      org.gridgov.sla.io.GridgovSlaModule;
}
