package org.gridgov.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The most elements of a list quoted in a message. */
  static final int LIST_SHOWN = 10;

  /**
   * A list for a message: its first {@value #LIST_SHOWN} elements, then how many there are in all,
   * so that a message stays short however long the list.
   *
   * @param list the list
   * @return {@code [a, b, c]} or {@code [a, …, j, … (N in all)]}
   */
  static String shown(List<?> list) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < list.size() && i < LIST_SHOWN; i++) {
      sb.append(i == 0 ? "" : ", ").append(list.get(i));
    }
    if (list.size() > LIST_SHOWN) {
      sb.append(", … (").append(list.size()).append(" in all)");
    }
    return sb.append(']').toString();
  }

  /**
   * The positions of the first element that repeats an earlier one. O(n).
   *
   * @param list the list
   * @return the earlier and the later position, or an empty array if nothing repeats
   */
  static int[] firstRepeat(List<?> list) {
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Integer at = first.putIfAbsent(list.get(i), i);
      if (at != null) {
        return new int[] {at, i};
      }
    }
    return new int[0];
  }
}
