package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The digest a count publishes with its result (公示摘要): SHA-256 over the round's fingerprint, the
 * final head and record count of each voter bucket's hash chain of decisions, and the malformed
 * lines. Anybody holding the round and the decision log can recompute it ({@link Recount}); a
 * changed, dropped or added decision changes it.
 *
 * <p>How it is made, so that it can be checked without this library: each decision is a record (see
 * {@link VoteTally}); records of one bucket, in the documented order, are hashed in blocks of 64,
 * {@code head = SHA-256(head || block)}, from {@code SHA-256("gridgov-vote-chain/1\n" || round
 * fingerprint || bucket as 2 bytes)}, the last partial block too; the digest is {@code
 * SHA-256("gridgov-vote-digest/1\n" || round fingerprint || for each bucket 0..1023: count as 8
 * bytes || final head, or 32 zero bytes for a bucket without decisions || malformed count as 8
 * bytes || sum of the malformed records' SHA-256 modulo 2^256 as 32 bytes)}.
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
