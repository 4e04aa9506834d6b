package org.gridgov.scoring.vote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives {@link VoterKey}s with a keyed hash (HMAC-SHA256, RFC 2104) so that a vote platform keeps
 * no raw phone or ID numbers: the key is the first 128 bits of {@code HMAC(secret, kind + ":" +
 * normalised number)}. The same number always gives the same key under one secret and an unrelated
 * key under another; without the secret nobody can test a guessed number against a key. Keep the
 * secret as a platform keeps a password pepper; a new secret per round makes rounds unlinkable.
 *
 * <pre>{@code
 * VoterKeys keys = VoterKeys.withSecret(secretBytes);          // at least 16 bytes
 * VoterKey a = keys.ofPhone("138 0013 8000");                  // same as "+86 13800138000"
 * VoterKey b = keys.ofIdNumber("11010519491231002X");          // check digit verified
 * VoterKey c = keys.ofAccount("wx:o6_bmjrPTlm6_2sgVt7hMZOPfL2M");
 * }</pre>
 *
 * <p>Numbers are normalised first, so that one person gives one key: a phone number loses spaces,
 * hyphens and a {@code +86} or {@code 86} prefix and must then be a mainland mobile number (11
 * digits starting with 1); an ID number (居民身份证号码, GB 11643-1999) is 18 characters with a valid
 * check digit, {@code x} read as {@code X}. Kinds are separated, so a phone number and an account
 * id with the same text give different keys. Immutable and thread-safe.
 */
public final class VoterKeys {
  /** The shortest secret accepted: {@value} bytes (128 bits). */
  public static final int MIN_SECRET_LENGTH = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final int MAX_ACCOUNT_LENGTH = 256;

  private final SecretKeySpec secret;
  private final Mac prototype;

  private VoterKeys(SecretKeySpec secret) {
    this.secret = secret;
    this.prototype = newMac(secret);
  }

  /**
   * Keys under a secret.
   *
   * @param secret the secret, at least {@value #MIN_SECRET_LENGTH} bytes; copied
   * @return the deriver
   * @throws IllegalArgumentException if the secret is too short
   */
  public static VoterKeys withSecret(byte[] secret) {
    checkNotNull(secret, "secret");
    checkArgument(
        secret.length >= MIN_SECRET_LENGTH,
        "a secret has at least %s bytes, got %s",
        MIN_SECRET_LENGTH,
        secret.length);
    return new VoterKeys(new SecretKeySpec(secret.clone(), ALGORITHM));
  }

  /**
   * The key of a mainland mobile number.
   *
   * @param phone the number, with or without spaces, hyphens and a {@code +86} prefix
   * @return the key
   * @throws IllegalArgumentException if it is not an 11-digit number starting with 1
   */
  public VoterKey ofPhone(String phone) {
    return derive("phone", normalisePhone(phone));
  }

  /**
   * The key of an 18-character resident ID number.
   *
   * @param idNumber the number; a lowercase {@code x} is read as {@code X}
   * @return the key
   * @throws IllegalArgumentException if it is not 17 digits and a valid check character
   */
  public VoterKey ofIdNumber(String idNumber) {
    return derive("id", normaliseIdNumber(idNumber));
  }

  /**
   * The key of a platform's own account id, used as given.
   *
   * @param account the account id, 1 to 256 characters, not blank
   * @return the key
   * @throws IllegalArgumentException if blank or too long
   */
  public VoterKey ofAccount(String account) {
    checkNotNull(account, "account");
    checkArgument(
        !account.isBlank() && account.length() <= MAX_ACCOUNT_LENGTH,
        "an account id has 1 to %s characters and is not blank, got %s characters",
        MAX_ACCOUNT_LENGTH,
        account.length());
    return derive("account", account);
  }

  /**
   * A mobile number as its 11 digits.
   *
   * @param phone the number as written
   * @return the 11 digits
   * @throws IllegalArgumentException if it is not a mainland mobile number
   */
  static String normalisePhone(String phone) {
    checkNotNull(phone, "phone");
    StringBuilder digits = new StringBuilder(phone.length());
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!(c == ' ' || c == '-' || (c == '+' && digits.length() == 0))) {
        throw new IllegalArgumentException(
            "a phone number has digits, spaces, hyphens and a leading +, got \""
                + shorten(phone)
                + "\"");
      }
    }
    if (digits.length() == 13 && digits.charAt(0) == '8' && digits.charAt(1) == '6') {
      digits.delete(0, 2);
    }
    checkArgument(
        digits.length() == 11 && digits.charAt(0) == '1',
        "a mainland mobile number has 11 digits starting with 1, got \"%s\"",
        shorten(phone));
    return digits.toString();
  }

  /**
   * An ID number with its check character upper case, after checking it.
   *
   * @param idNumber the number
   * @return the number
   * @throws IllegalArgumentException if malformed or the check character is wrong
   */
  static String normaliseIdNumber(String idNumber) {
    checkNotNull(idNumber, "idNumber");
    String id = idNumber.strip().toUpperCase(Locale.ROOT);
    checkArgument(
        id.length() == 18, "an ID number has 18 characters, got \"%s\"", shorten(idNumber));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = id.charAt(i);
      checkArgument(
          c >= '0' && c <= '9',
          "an ID number has 17 digits then a check character, got \"%s\"",
          shorten(idNumber));
      sum += (c - '0') * ID_WEIGHTS[i];
    }
    char expected = ID_CHECK.charAt(sum % 11);
    checkArgument(
        id.charAt(17) == expected,
        "the check character of \"%s\" should be %s (GB 11643-1999)",
        shorten(idNumber),
        expected);
    return id;
  }

  private VoterKey derive(String kind, String value) {
    Mac mac = mac();
    mac.update(kind.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) ':');
    byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    ByteBuffer b = ByteBuffer.wrap(h);
    return VoterKey.of(b.getLong(), b.getLong());
  }

  /** A fresh MAC: a clone of the initialised prototype, which is much cheaper than a new one. */
  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newMac(secret);
    }
  }

  private static Mac newMac(SecretKeySpec secret) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  @Override
  public String toString() {
    return "VoterKeys[HmacSHA256, secret hidden]";
  }
}
