package org.gridgov.scoring.vote;

import com.google.errorprone.annotations.FormatMethod;
import java.io.StreamCorruptedException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

  /**
   * Why a tally of an earlier version cannot be read, or null for a version this one does not know
   * (which {@link #check} then refuses as not a tally).
   */
  static @Nullable String whyNot(int version) {
    return switch (version) {
      case 1 -> "its ballot id fingerprints were made another way, so replays would go unseen";
      case 2 ->
          "its pending audit records are in another form, so its digest could not be finished";
      default -> null;
    };
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
