package org.gridgov.core.io;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Sources that deliver at most a given number of bytes or characters and fail with {@link
 * AtlasParser.LimitExceeded} when the input goes on beyond it, so that the size limit is exact
 * whatever the parser's buffering.
 */
final class LimitedInput {
  private LimitedInput() {}

  static InputStream of(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long left = limit;

      @Override
      public int read() throws IOException {
        if (left == 0) {
          return endOrFail(in.read());
        }
        int b = in.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (left == 0) {
          return endOrFail(in.read());
        }
        int n = in.read(buffer, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
      }

      @Override
      public boolean markSupported() {
        return false;
      }

      private int endOrFail(int next) throws IOException {
        if (next < 0) {
          return -1;
        }
        throw tooLong(limit, "bytes");
      }
    };
  }

  /** A reader that also drops a leading byte order mark, which Jackson does not skip in text. */
  static Reader of(Reader in, long limit) throws IOException {
    PushbackReader pushback = new PushbackReader(in, 1);
    int first = pushback.read();
    if (first >= 0 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return new FilterReader(pushback) {
      private long left = limit;

      @Override
      public int read() throws IOException {
        if (left == 0) {
          return endOrFail(super.read());
        }
        int c = super.read();
        if (c >= 0) {
          left--;
        }
        return c;
      }

      @Override
      public int read(char[] buffer, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (left == 0) {
          return endOrFail(super.read());
        }
        int n = super.read(buffer, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
      }

      @Override
      public boolean markSupported() {
        return false;
      }

      private int endOrFail(int next) throws IOException {
        if (next < 0) {
          return -1;
        }
        throw tooLong(limit, "characters");
      }
    };
  }

  static AtlasParser.LimitExceeded tooLong(long limit, String unit) {
    return new AtlasParser.LimitExceeded(
        null, "input longer than the limit of " + limit + " " + unit);
  }
}
