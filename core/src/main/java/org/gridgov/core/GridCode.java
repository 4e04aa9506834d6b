package org.gridgov.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * The code of a grid (网格编码). By default it is the 12-digit code of the community or village the
 * grid belongs to followed by a 3-digit sequence ({@code 210802001007001}), as DB11 and DB6101/T
 * 3185-2024 prescribe; other schemes are plugged in through {@link GridCodeScheme}. This type only
 * checks the characters; whether a code fits its unit is the scheme's call.
 *
 * <pre>{@code
 * GridCode code = GridCode.parse("210802001007001");
 * }</pre>
 */
@Immutable
public final class GridCode implements Comparable<GridCode> {
  /** The longest code accepted, enough for CJ/T 349's 20 digits with room for prefixes. */
  public static final int MAX_LENGTH = 32;

  private final String value;
  private final int hash;

  // Two parameters, so that no data-binding library mistakes it for a creator that skips parse.
  private GridCode(String value, int hash) {
    this.value = value;
    this.hash = hash;
  }

  /**
   * Parses a grid code: 1 to {@value #MAX_LENGTH} ASCII letters, digits or hyphens.
   *
   * @param text the code
   * @return the code
   * @throws InvalidCodeException if the text is empty, too long or has other characters
   */
  public static GridCode parse(String text) {
    checkNotNull(text, "text");
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new InvalidCodeException(
          text, "a grid code has 1 to " + MAX_LENGTH + " characters, got " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!ok && c != '-') {
        throw new InvalidCodeException(
            text,
            "a grid code has only ASCII letters, digits and '-', found '"
                + c
                + "' at position "
                + (i + 1));
      }
    }
    return new GridCode(text, text.hashCode());
  }

  /**
   * The code as text.
   *
   * @return the code exactly as parsed
   */
  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GridCode other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(GridCode o) {
    int byLength = Integer.compare(value.length(), o.value.length());
    return byLength != 0 ? byLength : value.compareTo(o.value);
  }
}
