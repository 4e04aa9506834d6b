package org.gridgov.scoring.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class VoterKeysTest {
  private static final byte[] SECRET =
      "a secret of 32 bytes for testing".getBytes(StandardCharsets.US_ASCII);
  private final VoterKeys keys = VoterKeys.withSecret(SECRET);

  /** The first 128 bits of HMAC-SHA256(secret, message), computed here from the definition. */
  private static VoterKey hmac(String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
    ByteBuffer b = ByteBuffer.wrap(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    return VoterKey.of(b.getLong(), b.getLong());
  }

  @Test
  void aKeyIsTheTruncatedHmacOfKindAndNormalisedNumber() throws Exception {
    assertThat(keys.ofPhone("13800138000")).isEqualTo(hmac("phone:13800138000"));
    assertThat(keys.ofIdNumber("11010519491231002x")).isEqualTo(hmac("id:11010519491231002X"));
    assertThat(keys.ofAccount("wx:o6_bmjrPTlm6")).isEqualTo(hmac("account:wx:o6_bmjrPTlm6"));
  }

  @Test
  void onePersonGivesOneKeyHoweverTheNumberIsWritten() {
    VoterKey k = keys.ofPhone("13800138000");
    assertThat(keys.ofPhone("138 0013 8000")).isEqualTo(k);
    assertThat(keys.ofPhone("+86 138-0013-8000")).isEqualTo(k);
    assertThat(keys.ofPhone("8613800138000")).isEqualTo(k);
    assertThat(keys.ofAccount("13800138000")).isNotEqualTo(k);
    assertThat(
            VoterKeys.withSecret(
                    "another secret of 32 bytes long!".getBytes(StandardCharsets.US_ASCII))
                .ofPhone("13800138000"))
        .isNotEqualTo(k);
  }

  @Test
  void malformedNumbersAreRefusedQuotingThem() {
    assertThatThrownBy(() -> keys.ofPhone("23800138000"))
        .hasMessageContaining("11 digits starting with 1");
    assertThatThrownBy(() -> keys.ofPhone("138O0138000")).hasMessageContaining("138O0138000");
    // GB 11643-1999: the check character of 11010519491231002 is X, not 1
    assertThatThrownBy(() -> keys.ofIdNumber("110105194912310021"))
        .hasMessageContaining("should be X");
    assertThatThrownBy(() -> keys.ofIdNumber("1101051949123100")).hasMessageContaining("18");
    assertThatThrownBy(() -> keys.ofAccount(" ")).hasMessageContaining("not blank");
    assertThatThrownBy(() -> VoterKeys.withSecret(new byte[15]))
        .hasMessageContaining("at least 16 bytes");
  }

  @Test
  void theSecretIsCopiedAndNeverShown() {
    byte[] secret = SECRET.clone();
    VoterKeys k = VoterKeys.withSecret(secret);
    VoterKey before = k.ofPhone("13800138000");
    secret[0] ^= 1;
    assertThat(k.ofPhone("13800138000")).isEqualTo(before);
    assertThat(k.toString()).doesNotContain("secret of");
  }

  @Test
  void keysParseAndPrintAs32HexDigitsAndBucketByTheirFirstTenBits() {
    VoterKey k = VoterKey.parse("FFC0000000000000000000000000002A");
    assertThat(k.toString()).isEqualTo("ffc0000000000000000000000000002a");
    assertThat(VoterKey.parse(k.toString())).isEqualTo(k);
    assertThat(k.bucket()).isEqualTo(1023);
    assertThat(VoterKey.of(0, 1).bucket()).isZero();
    assertThat(VoterKey.of(-1, 0)).isGreaterThan(VoterKey.of(1, 0));
    assertThatThrownBy(() -> VoterKey.parse("xyz")).hasMessageContaining("32 hex digits");
    assertThatThrownBy(() -> VoterKey.parse("０".repeat(32))).hasMessageContaining("32 hex digits");
  }
}
