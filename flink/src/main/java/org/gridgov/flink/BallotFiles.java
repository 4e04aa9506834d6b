package org.gridgov.flink;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.Path;
import org.gridgov.scoring.io.BallotCsv;
import org.gridgov.scoring.io.BallotJsonLines;
import org.gridgov.scoring.vote.Submission;
import org.jspecify.annotations.Nullable;

/**
 * Ballot files as a Flink {@link FileSource}: each file is read whole by the library's streaming
 * reader ({@link org.gridgov.scoring.io.BallotCsvReader#forEach} or {@link
 * org.gridgov.scoring.io.BallotJsonLinesReader#forEach}), so malformed lines carry the same line
 * and column as in a single-machine count (and so the same digest). Files are not split (a CSV
 * file's header is on its first line); many files are read in parallel. On recovery Flink reopens a
 * file and skips the submissions already emitted before the checkpoint.
 *
 * <pre>{@code
 * FileSource<Submission> source = BallotFiles.csv(Path.of("ballots.csv"));
 * DataStream<Submission> ballots =
 *     env.fromSource(source, WatermarkStrategy.noWatermarks(), "ballots");
 * }</pre>
 */
public final class BallotFiles {
  private BallotFiles() {}

  /** The two ballot file forms. */
  public enum Form {
    /** {@link BallotCsv}. */
    CSV,
    /** {@link BallotJsonLines}. */
    JSON_LINES
  }

  /**
   * A bounded source of CSV ballot files.
   *
   * @param files the files
   * @return the source
   */
  public static FileSource<Submission> csv(java.nio.file.Path... files) {
    return source(Form.CSV, files);
  }

  /**
   * A bounded source of JSON-lines ballot files.
   *
   * @param files the files
   * @return the source
   */
  public static FileSource<Submission> jsonLines(java.nio.file.Path... files) {
    return source(Form.JSON_LINES, files);
  }

  /**
   * A bounded source of ballot files of one form.
   *
   * @param form the form
   * @param files the files (or directories of them)
   * @return the source
   */
  public static FileSource<Submission> source(Form form, java.nio.file.Path... files) {
    checkNotNull(form, "form");
    checkArgument(files.length > 0, "no ballot files given");
    List<Path> paths = new ArrayList<>(files.length);
    for (java.nio.file.Path f : files) {
      paths.add(Path.fromLocalFile(f.toAbsolutePath().toFile()));
    }
    return source(form, paths);
  }

  /**
   * A bounded source of ballot files of one form, by Flink path: a URI of any file system Flink is
   * configured for ({@code hdfs://…}, {@code s3://…}) or a local file.
   *
   * @param form the form
   * @param files the files (or directories of them)
   * @return the source
   */
  public static FileSource<Submission> source(Form form, List<Path> files) {
    checkNotNull(form, "form");
    checkArgument(!files.isEmpty(), "no ballot files given");
    return FileSource.forRecordStreamFormat(format(form), files.toArray(new Path[0])).build();
  }

  /**
   * The stream format, for a {@link FileSource} built by hand (e.g. monitoring a directory).
   *
   * @param form the form
   * @return the format
   */
  public static StreamFormat<Submission> format(Form form) {
    return new Format(checkNotNull(form, "form"));
  }

  private static final class Format extends SimpleStreamFormat<Submission> {
    private static final long serialVersionUID = 1L;
    private final Form form;

    Format(Form form) {
      this.form = form;
    }

    @Override
    public StreamFormat.Reader<Submission> createReader(
        Configuration config, FSDataInputStream stream) {
      return new PullReader(form, stream);
    }

    @Override
    public TypeInformation<Submission> getProducedType() {
      return GridgovTypes.submissions();
    }
  }

  /**
   * The library's readers push submissions to a consumer; Flink pulls. A reading thread fills a
   * small bounded queue, so memory stays bounded whatever the file's size.
   */
  private static final class PullReader implements StreamFormat.Reader<Submission> {
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    private final InputStream stream;
    private final Thread thread;
    private boolean ended;

    private static final class Stopped extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Stopped() {
        super(null, null, false, false);
      }
    }

    PullReader(Form form, InputStream stream) {
      this.stream = stream;
      this.thread =
          new Thread(
              () -> {
                Object last;
                try {
                  if (form == Form.CSV) {
                    long unused = BallotCsv.reader().forEach(stream, this::put);
                  } else {
                    long unused = BallotJsonLines.reader().forEach(stream, this::put);
                  }
                  last = END;
                } catch (Stopped e) {
                  return;
                } catch (IOException | RuntimeException e) {
                  last = e;
                }
                try {
                  queue.put(last);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "gridgov ballot file reader");
      thread.setDaemon(true);
      thread.start();
    }

    private void put(Submission s) {
      try {
        queue.put(s);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }

    @Override
    public @Nullable Submission read() throws IOException {
      if (ended) {
        return null;
      }
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading ballots");
      }
      if (next == END) {
        ended = true;
        return null;
      }
      if (next instanceof IOException e) {
        ended = true;
        throw e;
      }
      if (next instanceof RuntimeException e) {
        ended = true;
        throw new IOException(e.getMessage(), e);
      }
      return (Submission) next;
    }

    @Override
    public void close() throws IOException {
      thread.interrupt();
      stream.close();
    }
  }
}
