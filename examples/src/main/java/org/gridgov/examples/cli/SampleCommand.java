package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A {@code sample [FILE]} command: a bundled sample in its JSON form, written to FILE or, without
 * one, to standard output. Subclasses say what the sample is and how it is written.
 */
abstract class SampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "output file")
  @Nullable Path file;

  /**
   * Writes the sample's JSON form; the writer is not closed.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  abstract void write(Writer out) throws IOException;

  @Override
  public final Integer call() throws IOException {
    Path to = file;
    if (to == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(out);
      out.flush();
    } else {
      try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
        write(w);
      }
    }
    return 0;
  }
}
