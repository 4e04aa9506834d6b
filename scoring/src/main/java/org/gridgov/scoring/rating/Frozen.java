package org.gridgov.scoring.rating;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list over an array that this package made and never changes again, so that a
 * rating's lists are not copied a second time by the records that hold them. Value types accept any
 * list and copy it ({@link List#copyOf}) unless it is one of these.
 *
 * @param <E> the element type
 */
final class Frozen<E> extends AbstractList<E> implements RandomAccess {
  private final E[] elements;

  private Frozen(E[] elements) {
    this.elements = elements;
  }

  /** A list over an array the caller hands over: no element may be null, nothing may change it. */
  static <E> List<E> of(E[] owned) {
    return new Frozen<>(owned);
  }

  /** The list itself if frozen, else an immutable copy (which refuses nulls). */
  static <E> List<E> copy(List<E> list) {
    return list instanceof Frozen<E> f ? f : List.copyOf(list);
  }

  @Override
  public E get(int index) {
    return elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
