package org.gridgov.core.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits a reader keeps whatever its input, so that memory stays bounded: every reader of
 * gridgov takes them through {@code withLimits(...)} and refuses input beyond them with a {@link
 * org.gridgov.core.ProblemKind#INPUT_TOO_LARGE} problem that names the limit.
 *
 * <pre>{@code
 * Atlas atlas = AtlasJson.reader()
 *     .withLimits(AtlasJson.reader().limits().withMaxInputLength(2L << 30))   // a 2 GiB file
 *     .read(Path.of("china.atlas.json"));
 * }</pre>
 *
 * <p>For line-based formats (CSV) the string length is the length of a line and the element limit
 * the number of rows. Each format's reader documents its defaults.
 *
 * @param maxInputLength bytes for byte input and files, characters for text input; at least 1
 * @param maxDepth levels of nested objects and arrays; at least 1
 * @param maxStringLength characters in a string, a field name or a line; at least 16
 * @param maxElements elements of any one array, or rows; at least 0
 * @param maxProblems problems collected before the rest are only counted; at least 1
 */
public record ReadLimits(
    long maxInputLength, int maxDepth, int maxStringLength, int maxElements, int maxProblems) {

  /** The default cap on problems collected: {@value}. */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  /**
   * Limits for small documents such as calendars, policies and rubrics: 4 MiB, depth 32, strings of
   * 64 Ki characters, 1,000,000 elements, 1,000 problems.
   */
  public static final ReadLimits SMALL_DOCUMENT =
      new ReadLimits(4L << 20, 32, 64 * 1024, 1_000_000, DEFAULT_MAX_PROBLEMS);

  /**
   * Checks the limits.
   *
   * @param maxInputLength bytes or characters, at least 1
   * @param maxDepth levels, at least 1
   * @param maxStringLength characters, at least 16
   * @param maxElements elements, at least 0
   * @param maxProblems problems, at least 1
   */
  public ReadLimits {
    checkArgument(maxInputLength >= 1, "maxInputLength must be >= 1, got %s", maxInputLength);
    checkArgument(maxDepth >= 1, "maxDepth must be >= 1, got %s", maxDepth);
    checkArgument(maxStringLength >= 16, "maxStringLength must be >= 16, got %s", maxStringLength);
    checkArgument(maxElements >= 0, "maxElements must be >= 0, got %s", maxElements);
    checkArgument(maxProblems >= 1, "maxProblems must be >= 1, got %s", maxProblems);
  }

  /**
   * These limits with another input length.
   *
   * @param limit bytes or characters, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxInputLength(long limit) {
    return new ReadLimits(limit, maxDepth, maxStringLength, maxElements, maxProblems);
  }

  /**
   * These limits with another nesting depth.
   *
   * @param limit levels, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxDepth(int limit) {
    return new ReadLimits(maxInputLength, limit, maxStringLength, maxElements, maxProblems);
  }

  /**
   * These limits with another string length.
   *
   * @param limit characters, at least 16
   * @return the new limits
   */
  public ReadLimits withMaxStringLength(int limit) {
    return new ReadLimits(maxInputLength, maxDepth, limit, maxElements, maxProblems);
  }

  /**
   * These limits with another element count.
   *
   * @param limit elements of one array, or rows, at least 0
   * @return the new limits
   */
  public ReadLimits withMaxElements(int limit) {
    return new ReadLimits(maxInputLength, maxDepth, maxStringLength, limit, maxProblems);
  }

  /**
   * These limits with another cap on problems.
   *
   * @param limit problems kept, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxProblems(int limit) {
    return new ReadLimits(maxInputLength, maxDepth, maxStringLength, maxElements, limit);
  }
}
