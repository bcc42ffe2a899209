package org.jcherry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jcherry.fixture.PerThread;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code Cherry.threadData()} over the socket, with one request thread: what a request leaves in it
 * is there for the next request on that thread, while a request attribute starts afresh. The
 * platform pool is pinned here; {@code VirtualThreadsTest} shows the same on virtual threads, where
 * requests borrow a slot's bag.
 */
class ThreadDataTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new PerThread())
          .global("server.thread_pool", 1)
          .global("server.virtual_threads", false);

  @Test
  void persistsOnTheThreadAcrossRequestsUnlikeARequestAttribute(TestClient client) {
    String first = client.get("/").body();
    String second = client.get("/").body();
    String thread = first.substring(first.indexOf(' ', 2) + 1);
    int n = Integer.parseInt(first.substring(0, first.indexOf(' ')));
    assertEquals(n + " fresh " + thread, first);
    assertEquals((n + 1) + " fresh " + thread, second);
  }
}
