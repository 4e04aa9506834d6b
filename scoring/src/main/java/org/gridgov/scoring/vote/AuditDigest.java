package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The digest a count publishes with its result (公示摘要): SHA-256 over the round's fingerprint, the
 * final head and record count of each voter bucket's hash chain of decisions, and the malformed
 * lines. Anybody holding the round and the decision log can recompute it ({@link Recount}); a
 * changed, dropped or added decision changes it.
 *
 * <p>How it is made, so that it can be checked without this library. Each decision of a ballot is a
 * record, numbers big-endian: one byte holding the decision code (0 accepted, else {@link
 * RejectionReason#code()}) in its low four bits and the flag's code (0 none, else {@link
 * FlagKind#code()}) in its high four; the instant as epoch second (8 bytes) and nanosecond (4); the
 * voter key, high then low half (8 + 8); the ballot id as its length (1 byte) and ASCII; the number
 * of choices (1); each choice as the candidate's position in the round's candidate list (4 bytes),
 * or -1 followed by the id's length and ASCII for a candidate not in the round; and the channel's
 * position in the round's channel list (1 byte), or 255 followed by the id's length and ASCII for a
 * channel not in it. A ballot of a 12-character id for one candidate takes 48 bytes. Records of one
 * bucket ({@link VoterKey#bucket()}), in the documented order, are hashed in blocks of 64, {@code
 * head = SHA-256(head || block)}, from {@code SHA-256("gridgov-vote-chain/2\n" || round fingerprint
 * || bucket as 2 bytes)}, the last partial block too. A malformed line's record is the byte 255,
 * its line and column (4 bytes each), and its problem kind's name as its length (1 byte) and ASCII.
 * The digest is {@code SHA-256("gridgov-vote-digest/2\n" || round fingerprint || for each bucket
 * 0..1023: count as 8 bytes || final head, or 32 zero bytes for a bucket without decisions ||
 * malformed count as 8 bytes || sum of the malformed records' SHA-256 modulo 2^256 as 32 bytes)}.
 * (Version 1 of the chains wrote candidates and channels as their ids: about 56 bytes a record.)
 *
 * @param hex the 64 lowercase hex digits
 */
public record AuditDigest(String hex) {
  /**
   * Checks the form.
   *
   * @param hex 64 lowercase hex digits
   */
  public AuditDigest {
    checkNotNull(hex, "hex");
    checkArgument(
        hex.length() == 64 && Hex.parse(hex) != null,
        "a digest is 64 lowercase hex digits, got \"%s\"",
        hex.length() > 80 ? hex.substring(0, 80) + "…" : hex);
  }

  /**
   * Parses a digest.
   *
   * @param hex 64 lowercase hex digits
   * @return the digest
   */
  public static AuditDigest parse(String hex) {
    return new AuditDigest(hex);
  }

  static AuditDigest of(byte[] sha256) {
    return new AuditDigest(Hex.of(sha256));
  }

  /**
   * The hex digits.
   *
   * @return the digest as text
   */
  @Override
  public String toString() {
    return hex;
  }
}
