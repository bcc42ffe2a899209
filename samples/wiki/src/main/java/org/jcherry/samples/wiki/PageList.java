package org.jcherry.samples.wiki;

import java.util.List;

/** One page of a listing: its items, its number (from 1) and how many there are. */
record PageList(List<Page> items, int number, int count) {
  boolean hasPrevious() {
    return number > 1;
  }

  boolean hasNext() {
    return number < count;
  }
}
