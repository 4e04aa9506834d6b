package org.gridgov.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.gridgov.core.Division;
import org.gridgov.core.InvalidAtlasException;
import org.gridgov.core.Problem;

/**
 * What reading a CSV text gave: the divisions and notes, or the problems of the refusal; so that
 * tests can state either in one place.
 */
record CsvOutcome(List<Division> divisions, List<String> notes, List<Problem> problems) {
  static CsvOutcome of(DivisionCsv reader, String csv) {
    try {
      DivisionCsv.Result r = reader.read(csv);
      return new CsvOutcome(r.divisions(), r.notes(), List.of());
    } catch (InvalidAtlasException e) {
      return new CsvOutcome(List.of(), List.of(), e.problems());
    }
  }

  static CsvOutcome of(DivisionCsv reader, InputStream in) throws IOException {
    try {
      DivisionCsv.Result r = reader.read(in);
      return new CsvOutcome(r.divisions(), r.notes(), List.of());
    } catch (InvalidAtlasException e) {
      return new CsvOutcome(List.of(), List.of(), e.problems());
    }
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }
}
