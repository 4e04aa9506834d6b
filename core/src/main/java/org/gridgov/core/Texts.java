package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import org.gridgov.core.io.internal.TextInput;

/** Checks of names and ids shared by the value types. */
final class Texts {
  private Texts() {}

  /**
   * Checks that a name or id is not blank and is Unicode text (no lone surrogate, which could not
   * be written as UTF-8).
   *
   * @param text the name
   * @param what what it is, a format with {@code %s} for {@code args}, such as {@code "grid %s:
   *     name"}
   * @param args the format's arguments
   * @throws IllegalArgumentException if blank or not Unicode text
   */
  @FormatMethod
  static void checkName(String text, @FormatString String what, Object... args) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          String.format(java.util.Locale.ROOT, what, args) + " must not be blank");
    }
    checkArgument(
        TextInput.isWellFormed(text),
        "%s must be Unicode text, got a lone surrogate",
        String.format(java.util.Locale.ROOT, what, args));
  }
}
