package org.jcherry.dispatch;

import java.util.List;

/** Builds {@link VirtualPath}s for tests, whose constructor only the dispatcher may call. */
public final class TestPaths {
  private TestPaths() {}

  public static VirtualPath of(String... segments) {
    return new VirtualPath(List.of(segments), 0, segments.length);
  }
}
