package org.gridgov.examples.cli;

import org.gridgov.core.Atlas;
import org.gridgov.core.Division;
import org.gridgov.core.DivisionCode;
import org.gridgov.core.InvalidCodeException;

/** The {@code --unit CODE} option of the commands that roll up over an atlas. */
final class UnitOption {
  private UnitOption() {}

  /**
   * The division a {@code --unit} value names.
   *
   * @param atlas the atlas
   * @param unit the option's value
   * @param atlasName how to name the atlas in a refusal (its file, or what stands for it)
   * @return the division
   * @throws IllegalArgumentException naming the option if the code is invalid or not in the atlas
   */
  static Division find(Atlas atlas, String unit, String atlasName) {
    DivisionCode code;
    try {
      code = DivisionCode.parse(unit);
    } catch (InvalidCodeException e) {
      throw new IllegalArgumentException("--unit " + unit + ": " + e.getMessage(), e);
    }
    return atlas
        .division(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException("--unit " + unit + ": not in the atlas " + atlasName));
  }
}
