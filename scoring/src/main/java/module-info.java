/** gridgov scoring: star rating of party organisations and public vote tallying. */
module org.gridgov.scoring {
  requires transitive org.gridgov.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.gridgov.scoring;
  exports org.gridgov.scoring.vote;
  exports org.gridgov.scoring.io;
  exports org.gridgov.scoring.rating;

  provides com.fasterxml.jackson.databind.Module with
      org.gridgov.scoring.io.GridgovScoringModule;
}
