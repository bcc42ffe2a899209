package org.jcherry.samples.wiki;

import java.time.Instant;

/** A page as it is now. */
record Page(long id, String name, int rev, String body, Instant updatedAt) {
  /** The name as a title: {@code Main_Page} reads {@code Main Page}. */
  String title() {
    return PageNames.title(name);
  }
}
