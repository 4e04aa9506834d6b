package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.errorprone.annotations.Immutable;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Village-level code + fixed-width sequence; see {@link GridCodeScheme#standard()}. */
@Immutable
final class StandardGridCodeScheme implements GridCodeScheme {
  static final StandardGridCodeScheme THREE_DIGITS = new StandardGridCodeScheme(3);

  private final int digits;
  private final int max;

  StandardGridCodeScheme(int digits) {
    checkArgument(digits >= 1 && digits <= 6, "sequence digits must be 1–6, got %s", digits);
    this.digits = digits;
    int m = 1;
    for (int i = 0; i < digits; i++) {
      m *= 10;
    }
    this.max = m - 1;
  }

  @Override
  public String name() {
    return "standard-" + digits;
  }

  @Override
  public int maxSequence() {
    return max;
  }

  @Override
  public GridCode codeFor(DivisionCode unit, int sequence) {
    checkNotNull(unit, "unit");
    checkArgument(
        sequence >= 1 && sequence <= max, "grid sequence must be 1–%s, got %s", max, sequence);
    return GridCode.parse(
        unit.toPaddedString() + Strings.padStart(Integer.toString(sequence), digits, '0'));
  }

  @Override
  public OptionalInt sequenceOf(GridCode code, DivisionCode unit) {
    checkNotNull(unit, "unit");
    String text = code.toString();
    if (text.length() != 12 + digits) {
      return OptionalInt.empty();
    }
    // Digit arithmetic instead of string prefixes: this runs once per grid when an atlas is built.
    long prefix = 0;
    int seq = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      if (i < 12) {
        prefix = prefix * 10 + (c - '0');
      } else {
        seq = seq * 10 + (c - '0');
      }
    }
    return seq == 0 || prefix != unit.toTwelveDigits() ? OptionalInt.empty() : OptionalInt.of(seq);
  }

  @Override
  public Optional<String> problemWith(GridCode code, DivisionCode unit) {
    if (sequenceOf(code, unit).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "grid code "
            + code
            + " does not fit scheme "
            + name()
            + ": expected the 12-digit unit code "
            + unit.toPaddedString()
            + " followed by a "
            + digits
            + "-digit sequence 1–"
            + max);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StandardGridCodeScheme other && other.digits == digits;
  }

  @Override
  public int hashCode() {
    return digits;
  }

  @Override
  public String toString() {
    return name();
  }
}
