package org.gridgov.core;

/**
 * Where the elements given to an {@link Atlas.Builder} came from, so that the problems the builder
 * finds point into the input rather than at positions in the builder. Readers give builders their
 * own locator ({@code AtlasJson} locates by JSON path; a host importing from a database can locate
 * by row); without one, problems are located by {@link AtlasSection#element(int)}.
 *
 * <pre>{@code
 * Atlas.Builder b = Atlas.builder().locatedBy((section, index) ->
 *     Location.line(firstLineOf(section) + index));   // problems at "line 1234"
 * }</pre>
 *
 * <p>A reader that replaced an unusable value with a stand-in (to go on checking the rest) says so
 * with {@link #isExcused}: the builder then keeps quiet about that field, and about anything that
 * follows from it in other elements, because the reader has reported it already.
 */
@FunctionalInterface
public interface ElementLocator {
  /**
   * Where an element came from; the builder narrows it with {@link Location#field(String)}.
   *
   * @param section the section
   * @param index the element's position in the order added (0 for a setting)
   * @return the location
   */
  Location locate(AtlasSection section, int index);

  /**
   * Whether a field of an element holds a stand-in for a value already reported as unusable, so
   * that problems about it follow from one reported already. The builder asks with {@code index} -1
   * and field {@code ""} whether a whole section is incomplete (then references into it are not
   * reported as unknown).
   *
   * @param section the section
   * @param index the element's position, or -1 for the section as a whole
   * @param field the field's name in the JSON form, or {@code ""} for the whole element
   * @return true if the builder should keep quiet about it; false by default
   */
  default boolean isExcused(AtlasSection section, int index, String field) {
    return false;
  }

  /**
   * The locator of elements built in code: {@code grids[17]}.
   *
   * @return the locator
   */
  static ElementLocator inCode() {
    return (section, index) -> section.element(index);
  }
}
