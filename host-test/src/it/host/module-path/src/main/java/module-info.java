/**
 * A host service's module: it requires the gridgov modules and Jackson, as a city office would, and
 * exports nothing (its tests run patched into it).
 */
module org.gridgov.it.host {
  requires org.gridgov.core;
  requires org.gridgov.sla;
  requires org.gridgov.scoring;
  requires org.gridgov.geo;
  requires com.fasterxml.jackson.databind;
}
