package org.gridgov.scoring.vote;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The hash chains of a count, one per voter bucket ({@link VoterKey#bucket()}), and the multiset
 * hash of malformed lines. A bucket's chain starts at {@code SHA-256("gridgov-vote-chain/2\n" ||
 * round fingerprint || u16 bucket)}; its decision records, in the documented order, are hashed in
 * blocks of {@value #BLOCK} records: {@code head = SHA-256(head || records)}; at the end a partial
 * block is hashed the same way. Because a count split by voter buckets keeps every bucket whole and
 * decides it in the documented order, each chain, and so the digest, is the same at any split.
 *
 * <p>Malformed lines have no voter and no instant, so they have no place in the order: they enter
 * the digest as a count and the sum modulo 2<sup>256</sup> of {@code SHA-256(record)}, which any
 * split reproduces.
 */
final class AuditChains {
  static final int BLOCK = 64;
  static final int BUCKETS = VoterKey.BUCKETS;
  private static final byte[] CHAIN_TAG = "gridgov-vote-chain/2\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DIGEST_TAG =
      "gridgov-vote-digest/2\n".getBytes(StandardCharsets.UTF_8);

  private final byte[] roundFingerprint;
  private final MessageDigest sha = Round.sha256();
  private final byte[][] heads = new byte[BUCKETS][];
  private final long[] counts = new long[BUCKETS];
  private final byte[][] pending = new byte[BUCKETS][];
  private final int[] pendingLength = new int[BUCKETS];
  private final int[] pendingRecords = new int[BUCKETS];
  private long malformed;
  private final long[] malformedSum = new long[4];

  AuditChains(byte[] roundFingerprint) {
    this.roundFingerprint = roundFingerprint.clone();
  }

  /**
   * The buffer to write one record of a bucket into at {@link #position}, with room: the bucket's
   * pending block itself, so that a record is written once and hashed from where it lies. The
   * pending blocks' ends, where writing happens, are one cache line per bucket.
   */
  byte[] reserve(int bucket, int length) {
    byte[] buf = pending[bucket];
    if (buf == null) {
      buf = new byte[Math.max(1024, length * 2)];
      pending[bucket] = buf;
      heads[bucket] = initialHead(bucket);
    } else if (pendingLength[bucket] + length > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pendingLength[bucket] + length));
      pending[bucket] = buf;
    }
    return buf;
  }

  /**
   * Reads the pending block of each of the first {@code n} buckets where its next record goes, the
   * record's first byte and the byte 63 further, and returns something of them to be kept: a look
   * ahead ({@code TallyState#ingestAll}). A record is about 50 bytes, so it usually ends in the
   * cache line after the one it starts in, which nothing has read since the block was last hashed;
   * reading only the first line left that second trip to memory to the write (measured: counting
   * 20M ballots took 16 % less time with both lines read, 8 runs each, alternated).
   */
  long touch(int[] buckets, int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      int bucket = buckets[i];
      byte[] buf = pending[bucket];
      if (buf != null) {
        int p = pendingLength[bucket];
        sum += p < buf.length ? buf[p] : buf.length;
        int end = p + 63;
        sum += end < buf.length ? buf[end] : 0;
      }
    }
    return sum;
  }

  int position(int bucket) {
    return pendingLength[bucket];
  }

  /**
   * Ends a record written into {@link #reserve}'s buffer at {@link #position}; every {@value
   * #BLOCK} records, hashes the block into the bucket's head.
   */
  void commit(int bucket, int newPosition) {
    counts[bucket]++;
    pendingLength[bucket] = newPosition;
    if (++pendingRecords[bucket] == BLOCK) {
      sha.update(heads[bucket]);
      sha.update(pending[bucket], 0, newPosition);
      heads[bucket] = sha.digest();
      pendingLength[bucket] = 0;
      pendingRecords[bucket] = 0;
    }
  }

  void addMalformed(byte[] record) {
    byte[] h = sha.digest(record);
    long carry = 0;
    for (int i = 3; i >= 0; i--) {
      long v = 0;
      for (int b = 0; b < 8; b++) {
        v = (v << 8) | (h[i * 8 + b] & 0xff);
      }
      long s = malformedSum[i] + v;
      long c1 = Long.compareUnsigned(s, v) < 0 ? 1 : 0;
      long s2 = s + carry;
      long c2 = Long.compareUnsigned(s2, s) < 0 ? 1 : 0;
      malformedSum[i] = s2;
      carry = c1 | c2;
    }
    malformed++;
  }

  long count(int bucket) {
    return counts[bucket];
  }

  /** The digest over every chain's final head and the malformed lines. Does not change state. */
  byte[] digest() {
    MessageDigest out = Round.sha256();
    out.update(DIGEST_TAG);
    out.update(roundFingerprint);
    byte[] zeros = new byte[32];
    for (int b = 0; b < BUCKETS; b++) {
      out.update(longBytes(counts[b]));
      if (heads[b] == null) {
        out.update(zeros);
      } else if (pendingRecords[b] == 0) {
        out.update(heads[b]);
      } else {
        sha.update(heads[b]);
        sha.update(pending[b], 0, pendingLength[b]);
        out.update(sha.digest());
      }
    }
    out.update(longBytes(malformed));
    for (long v : malformedSum) {
      out.update(longBytes(v));
    }
    return out.digest();
  }

  private byte[] initialHead(int bucket) {
    sha.update(CHAIN_TAG);
    sha.update(roundFingerprint);
    sha.update((byte) (bucket >>> 8));
    sha.update((byte) bucket);
    return sha.digest();
  }

  static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }

  boolean touched(int bucket) {
    return heads[bucket] != null;
  }

  /** Takes another's buckets (none of which this one has touched) and adds its malformed lines. */
  void absorb(AuditChains other) {
    for (int b = 0; b < BUCKETS; b++) {
      if (other.heads[b] == null) {
        continue;
      }
      if (heads[b] != null) {
        throw new TallyMergeException(
            "bucket "
                + b
                + " was counted in both tallies; a split must keep each voter bucket in one"
                + " tally (VoterKey.bucket())");
      }
      heads[b] = other.heads[b].clone();
      counts[b] = other.counts[b];
      byte[] p = other.pending[b];
      pending[b] = p == null ? null : p.clone();
      pendingLength[b] = other.pendingLength[b];
      pendingRecords[b] = other.pendingRecords[b];
    }
    long carry = 0;
    for (int i = 3; i >= 0; i--) {
      long s = malformedSum[i] + other.malformedSum[i];
      long c1 = Long.compareUnsigned(s, other.malformedSum[i]) < 0 ? 1 : 0;
      long s2 = s + carry;
      long c2 = Long.compareUnsigned(s2, s) < 0 ? 1 : 0;
      malformedSum[i] = s2;
      carry = c1 | c2;
    }
    malformed += other.malformed;
  }

  AuditChains copy() {
    AuditChains c = new AuditChains(roundFingerprint);
    c.absorb(this);
    return c;
  }

  /** The number of records in every chain and malformed line; -1 if that overflows a long. */
  long records() {
    long n = malformed;
    for (long c : counts) {
      n += c;
      if (n < 0) {
        return -1;
      }
    }
    return n;
  }

  /** The number of malformed lines. */
  long malformed() {
    return malformed;
  }

  void writeTo(DataOutput out) throws IOException {
    int touched = 0;
    for (byte[] h : heads) {
      touched += h == null ? 0 : 1;
    }
    out.writeInt(touched);
    for (int b = 0; b < BUCKETS; b++) {
      if (heads[b] == null) {
        continue;
      }
      out.writeShort(b);
      out.writeLong(counts[b]);
      out.write(heads[b]);
      out.writeInt(pendingRecords[b]);
      out.writeInt(pendingLength[b]);
      out.write(pending[b], 0, pendingLength[b]);
    }
    out.writeLong(malformed);
    for (long v : malformedSum) {
      out.writeLong(v);
    }
  }

  void readFrom(DataInput in) throws IOException {
    int touched = in.readInt();
    TallyFormat.check(touched >= 0 && touched <= BUCKETS, "bucket count %s", touched);
    int previous = -1;
    for (int i = 0; i < touched; i++) {
      int b = in.readUnsignedShort();
      TallyFormat.check(b > previous && b < BUCKETS, "bucket %s after %s", b, previous);
      previous = b;
      counts[b] = in.readLong();
      heads[b] = new byte[32];
      in.readFully(heads[b]);
      pendingRecords[b] = in.readInt();
      pendingLength[b] = in.readInt();
      TallyFormat.check(
          pendingRecords[b] >= 0
              && pendingRecords[b] < BLOCK
              && pendingLength[b] >= 0
              && pendingLength[b] <= BLOCK * TallyState.MAX_RECORD
              && counts[b] >= pendingRecords[b],
          "pending block of bucket %s",
          b);
      pending[b] = new byte[Math.max(1024, pendingLength[b])];
      in.readFully(pending[b], 0, pendingLength[b]);
    }
    malformed = in.readLong();
    TallyFormat.check(malformed >= 0, "malformed line count %s", malformed);
    for (int i = 0; i < 4; i++) {
      malformedSum[i] = in.readLong();
    }
  }
}
