package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Rejection counts as an unmodifiable map with every reason, in the reasons' order. */
final class Rejections {
  private Rejections() {}

  static Map<RejectionReason, Long> copy(Map<RejectionReason, Long> counts) {
    checkNotNull(counts, "rejected");
    EnumMap<RejectionReason, Long> out = new EnumMap<>(RejectionReason.class);
    for (RejectionReason r : RejectionReason.values()) {
      Long v = counts.get(r);
      long n = v == null ? 0 : v;
      checkArgument(n >= 0, "a rejection count is at least 0, got %s for %s", n, r);
      out.put(r, n);
    }
    checkArgument(
        counts.keySet().stream().allMatch(k -> k != null), "rejection reasons are not null");
    return Collections.unmodifiableMap(out);
  }

  static Map<RejectionReason, Long> of(long[] counts, int offset) {
    EnumMap<RejectionReason, Long> out = new EnumMap<>(RejectionReason.class);
    for (RejectionReason r : RejectionReason.values()) {
      out.put(r, counts[offset + r.code() - 1]);
    }
    return Collections.unmodifiableMap(out);
  }

  static long sum(Map<RejectionReason, Long> counts) {
    long s = 0;
    for (long v : counts.values()) {
      s += v;
    }
    return s;
  }
}
