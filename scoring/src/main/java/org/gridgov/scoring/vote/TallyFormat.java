package org.gridgov.scoring.vote;

import com.google.errorprone.annotations.FormatMethod;
import java.io.StreamCorruptedException;
import java.util.Locale;

/** Checks of a tally's binary form as it is read back. */
final class TallyFormat {
  static final int MAGIC = 0x47565431; // "GVT1"

  /**
   * 3 since audit records name candidates and channels by their positions in the round; 2 wrote
   * their ids (and folded ballot id fingerprints eight bytes at a time, as 3 does); 1 folded them
   * byte by byte.
   */
  static final int VERSION = 3;

  private TallyFormat() {}

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
