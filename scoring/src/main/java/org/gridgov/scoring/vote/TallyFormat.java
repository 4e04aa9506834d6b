package org.gridgov.scoring.vote;

import com.google.errorprone.annotations.FormatMethod;
import java.io.DataInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/** Checks of a tally's binary form as it is read back. */
final class TallyFormat {
  static final int MAGIC = 0x47565431; // "GVT1"

  /**
   * 4 since the payload has its length before it and a CRC32C after it; 3 had neither (audit
   * records naming candidates and channels by their positions in the round, as 4 does); 2 wrote
   * their ids (and folded ballot id fingerprints eight bytes at a time, as 3 does); 1 folded them
   * byte by byte.
   */
  static final int VERSION = 4;

  /** How much of a payload is read before more is believed to exist. */
  private static final int CHUNK = 1 << 16;

  private TallyFormat() {}

  /**
   * Why a tally of an earlier version cannot be read, or null for a version this one does not know
   * (which {@link #check} then refuses as not a tally).
   */
  static @Nullable String whyNot(int version) {
    return switch (version) {
      case 1 -> "its ballot id fingerprints were made another way, so replays would go unseen";
      case 2 ->
          "its pending audit records are in another form, so its digest could not be finished";
      case 3 -> "it has no checksum, so a changed byte in it could not be told";
      default -> null;
    };
  }

  /** CRC32C over the head (magic, version, length) and the payload's first {@code length} bytes. */
  static int checksum(byte[] head, byte[] payload, int length) {
    CRC32C crc = new CRC32C();
    crc.update(head);
    crc.update(payload, 0, length);
    return (int) crc.getValue();
  }

  /**
   * Reads a payload of the given length, in chunks, so that a length that was changed to a huge
   * number fails at the end of the input rather than allocating it. The array may be longer.
   */
  static byte[] readPayload(DataInput in, int length) throws IOException {
    byte[] buffer = new byte[Math.min(length, CHUNK)];
    int read = 0;
    try {
      while (read < length) {
        if (read == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(length, 2L * buffer.length));
        }
        int n = Math.min(buffer.length - read, CHUNK);
        in.readFully(buffer, read, n);
        read += n;
      }
    } catch (EOFException e) {
      throw truncated(e, "payload of " + length + " bytes");
    }
    return buffer;
  }

  /** The input ended inside a tally. */
  static StreamCorruptedException truncated(EOFException cause, String where) {
    StreamCorruptedException e =
        new StreamCorruptedException(
            "not a gridgov vote tally (version "
                + VERSION
                + "): the input ends inside its "
                + where);
    e.initCause(cause);
    return e;
  }

  @FormatMethod
  static void check(boolean ok, String what, Object... args) throws StreamCorruptedException {
    if (!ok) {
      throw new StreamCorruptedException(
          "not a gridgov vote tally (version "
              + VERSION
              + "): bad "
              + String.format(Locale.ROOT, what, args));
    }
  }
}
