package org.gridgov.scoring.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;

/** Argument checks the value types of this package share; each returns its argument. */
final class Checks {
  /** The longest id: 200 characters. */
  static final int MAX_ID_LENGTH = 200;

  /** The most stars any rubric gives. */
  static final int MAX_STARS = 5;

  private Checks() {}

  /** A non-blank id of at most {@value #MAX_ID_LENGTH} characters. */
  @CanIgnoreReturnValue
  static String id(String id, String what) {
    checkNotNull(id, what);
    checkArgument(!id.isBlank(), "%s must not be blank, got \"%s\"", what, id);
    checkArgument(
        id.length() <= MAX_ID_LENGTH,
        "%s has %s characters, more than %s",
        what,
        id.length(),
        MAX_ID_LENGTH);
    return id;
  }

  /** A non-blank text. */
  @CanIgnoreReturnValue
  static String text(String text, String what) {
    checkNotNull(text, what);
    checkArgument(!text.isBlank(), "%s must not be blank, got \"%s\"", what, text);
    return text;
  }

  /** Points above zero. */
  @CanIgnoreReturnValue
  static Points positive(Points points, String what) {
    checkNotNull(points, what);
    checkArgument(points.isPositive(), "%s must be > 0, got %s", what, points);
    return points;
  }

  /** Points at or above zero. */
  @CanIgnoreReturnValue
  static Points nonNegative(Points points, String what) {
    checkNotNull(points, what);
    checkArgument(!points.isNegative(), "%s must be >= 0, got %s", what, points);
    return points;
  }

  /** A star count from 0 to {@value #MAX_STARS}. */
  @CanIgnoreReturnValue
  static int stars(int stars, String what) {
    checkArgument(
        stars >= 0 && stars <= MAX_STARS,
        "%s must be from 0 to %s, got %s",
        what,
        MAX_STARS,
        stars);
    return stars;
  }
}
