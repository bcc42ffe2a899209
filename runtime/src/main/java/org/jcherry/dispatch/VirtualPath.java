package org.jcherry.dispatch;

import java.util.List;

/**
 * The path segments still to be dispatched, handed to a {@link org.jcherry.CpDispatch} method. It
 * may only take segments from the front, as CherryPy allows a {@code _cp_dispatch} only to remove
 * them.
 */
public final class VirtualPath {
  private final List<String> segments;
  private int position;
  private final int end;

  VirtualPath(List<String> segments, int position, int end) {
    this.segments = segments;
    this.position = position;
    this.end = end;
  }

  /** A path of {@code segments}, for tests of dispatch methods. */
  public static VirtualPath of(List<String> segments) {
    return new VirtualPath(List.copyOf(segments), 0, segments.size());
  }

  /** How many segments remain. */
  public int size() {
    return end - position;
  }

  public boolean isEmpty() {
    return position >= end;
  }

  /** The segment at {@code index} from the front, without taking it. */
  public String get(int index) {
    if (index < 0 || position + index >= end) {
      throw new IndexOutOfBoundsException("no segment " + index + " in " + this);
    }
    return segments.get(position + index);
  }

  /** The first remaining segment, or {@code null}. */
  public String peek() {
    return isEmpty() ? null : segments.get(position);
  }

  /** Takes and returns the first remaining segment, or {@code null} when none remains. */
  public String pop() {
    return isEmpty() ? null : segments.get(position++);
  }

  int position() {
    return position;
  }

  @Override
  public String toString() {
    return String.valueOf(segments.subList(position, end));
  }
}
