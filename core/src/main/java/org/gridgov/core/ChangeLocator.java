package org.gridgov.core;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Locates the problems found when a batch's result is validated: an element that a change
 * introduced is located at that change and the component that held it ({@code
 * changes[3].grid.unit}, the validator adding the field); an element a change only rewrote (a post
 * that followed a moved grid) at that change as a whole, without the field (the validator asks
 * {@link #isRewritten}); an element no change touched at its position in the atlas the batch was
 * applied to ({@code grids[7955].code}, its place in the atlas's JSON form).
 *
 * <p>The rebuilt contents list, per section, the atlas's untouched elements in their order (minus
 * the ones the batch removed or rewrote) interleaved with the rest; only the rest is recorded, so
 * the locator takes memory in proportion to what the batch touched. O(log touched) per location.
 */
final class ChangeLocator implements ElementLocator {
  private final Map<AtlasSection, Origins> sections;

  private ChangeLocator(Map<AtlasSection, Origins> sections) {
    this.sections = sections;
  }

  @Override
  public Location locate(AtlasSection section, int index) {
    Origins origins = sections.get(section);
    return origins == null ? section.element(index) : origins.locate(section, index);
  }

  /**
   * Whether an element was rewritten by a change without being given in it (a grid re-coded by a
   * move): its location is the change as a whole, to which no field of the element belongs.
   */
  boolean isRewritten(AtlasSection section, int index) {
    Origins origins = sections.get(section);
    Origin origin = origins == null ? null : origins.origin(index);
    return origin != null && origin.change() >= 0 && origin.component().isEmpty();
  }

  /** Where an element came from: its position in the atlas, and the change that last wrote it. */
  record Origin(int position, int change, String component) {
    /** An element of the atlas, at its position, untouched. */
    static Origin atlas(int position) {
      return new Origin(position, -1, "");
    }

    /** An element a change wrote, given whole as {@code component} of the change if not empty. */
    static Origin change(int change, String component) {
      return new Origin(-1, change, component);
    }

    Location locate(AtlasSection section) {
      if (change < 0) {
        return section.element(position);
      }
      Location.Change at = Location.change(change);
      return component.isEmpty() ? at : at.field(component);
    }
  }

  /** Records how the rebuilt contents were laid out, section by section. */
  static final class Recorder {
    private final Map<AtlasSection, Origins> sections = new EnumMap<>(AtlasSection.class);

    /** Starts a section whose atlas held {@code atlasSize} elements. */
    <T> Section<T> section(AtlasSection section, List<T> out, int atlasSize) {
      Origins origins = new Origins(atlasSize);
      sections.put(section, origins);
      return new Section<>(out, origins);
    }

    ChangeLocator locator() {
      return new ChangeLocator(sections);
    }
  }

  /** Writes one section's elements and records where each came from. */
  static final class Section<T> {
    private final List<T> out;
    private final Origins origins;

    private Section(List<T> out, Origins origins) {
      this.out = out;
      this.origins = origins;
    }

    /**
     * An untouched element of the atlas at {@code position}; positions must increase from one call
     * to the next.
     */
    void atlas(T value, int position) {
      origins.skipTo(position);
      out.add(value);
    }

    /** Any other element: one a change wrote, or one of the atlas's out of its order. */
    void other(T value, Origin origin) {
      origins.other(out.size(), origin);
      out.add(value);
    }

    /** The section is complete. */
    void finish() {
      origins.finish();
    }
  }

  /** One section: the atlas positions left out of the in-order run, and the other elements. */
  private static final class Origins {
    private final int atlasSize;
    private int next;
    private int[] skipped = new int[4];
    private int skippedCount;
    private int[] otherIndex = new int[4];
    private Origin[] otherOrigin = new Origin[4];
    private int otherCount;

    Origins(int atlasSize) {
      this.atlasSize = atlasSize;
    }

    void skipTo(int position) {
      while (next < position) {
        if (skippedCount == skipped.length) {
          skipped = Arrays.copyOf(skipped, 2 * skippedCount);
        }
        skipped[skippedCount++] = next++;
      }
      next = position + 1;
    }

    void other(int index, Origin origin) {
      if (otherCount == otherIndex.length) {
        otherIndex = Arrays.copyOf(otherIndex, 2 * otherCount);
        otherOrigin = Arrays.copyOf(otherOrigin, 2 * otherCount);
      }
      otherIndex[otherCount] = index;
      otherOrigin[otherCount++] = origin;
    }

    void finish() {
      skipTo(atlasSize);
    }

    /** The origin of an element not in the atlas's in-order run, or null. */
    @Nullable Origin origin(int index) {
      int k = Arrays.binarySearch(otherIndex, 0, otherCount, index);
      return k >= 0 ? otherOrigin[k] : null;
    }

    Location locate(AtlasSection section, int index) {
      int k = Arrays.binarySearch(otherIndex, 0, otherCount, index);
      if (k >= 0) {
        return otherOrigin[k].locate(section);
      }
      // the rank-th element of the in-order run is the rank-th atlas position not skipped
      int rank = index + k + 1;
      int low = rank;
      int high = rank + skippedCount;
      while (low < high) {
        int mid = (low + high) >>> 1;
        int kept = mid + 1 - upTo(mid);
        if (kept > rank) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return section.element(low);
    }

    /** How many skipped positions are at most {@code position}. */
    private int upTo(int position) {
      int k = Arrays.binarySearch(skipped, 0, skippedCount, position);
      return k >= 0 ? k + 1 : -k - 1;
    }
  }
}
