package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.GridGovException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * One line for a failure the tool expects (refused input, a file it cannot read or write); any
 * other exception is a bug and keeps its stack trace.
 */
final class Failures {
  private Failures() {}

  static String describe(Exception e, ParseResult parseResult) throws Exception {
    if (e instanceof GridGovException || e instanceof IllegalArgumentException) {
      return String.valueOf(e.getMessage());
    }
    @Nullable IOException io =
        e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
    if (io == null) {
      throw e;
    }
    if (io instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (io instanceof AccessDeniedException f) {
      return "cannot access " + f.getFile() + ": permission denied";
    }
    if (io instanceof FileSystemException f && f.getFile() != null) {
      String reason = f.getReason();
      // a reason, or the exception's kind (e.g. a file where a directory is to be made)
      return "cannot read or write "
          + f.getFile()
          + ": "
          + (reason == null ? f.getClass().getSimpleName() : reason);
    }
    // the JDK does not say which file (a malformed byte, a closed stream): name the command's files
    List<String> files = files(parseResult);
    return "cannot read or write "
        + (files.isEmpty() ? "" : String.join(", ", files) + ": ")
        + io.getClass().getSimpleName()
        + (io.getMessage() == null ? "" : " " + io.getMessage());
  }

  /**
   * The files named on the command line, in the order given, of every command parsed: the path
   * arguments, and the text arguments that name something on disk (options such as {@code
   * --boundaries} take a file or a bundled name, so they are text).
   */
  static List<String> files(ParseResult parseResult) {
    Set<String> files = new LinkedHashSet<>();
    for (@Nullable ParseResult r = parseResult;
        r != null;
        r = r.hasSubcommand() ? r.subcommand() : null) {
      for (ArgSpec arg : r.matchedArgs()) {
        Object value = arg.getValue();
        if (value instanceof Path p) {
          files.add(p.toString());
        } else if (value instanceof String text && namesAFile(text)) {
          files.add(text);
        }
      }
    }
    return new ArrayList<>(files);
  }

  private static boolean namesAFile(String text) {
    try {
      return !text.isEmpty() && Files.exists(Path.of(text));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
