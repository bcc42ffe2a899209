package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcherry.engine.Engine;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;

/**
 * The engine channels a server publishes around each request, and the thread manager's numbering.
 */
class RequestChannelsTest {
  @Test
  void everyRequestPublishesBeforeAndAfterAndThreadsAreNumberedOnce() throws Exception {
    CherryServer server = CherryServer.of(new Shop()).global("server.thread_pool", 2).start();
    Engine engine = server.engine();
    AtomicInteger before = new AtomicInteger();
    AtomicInteger after = new AtomicInteger();
    List<Object> started = Collections.synchronizedList(new ArrayList<>());
    List<Object> stopped = Collections.synchronizedList(new ArrayList<>());
    engine.subscribe("before_request", before::incrementAndGet);
    engine.subscribe("after_request", after::incrementAndGet);
    engine.subscribe("start_thread", args -> started.add(args[0]), 50);
    engine.subscribe("stop_thread", args -> stopped.add(args[0]), 50);
    TestClient client = server.client();
    for (int i = 0; i < 5; i++) {
      assertEquals("shop index", client.get("/").body());
    }
    assertEquals(5, before.get());
    server.stop();
    // after_request runs once the answer is written; the stop waited for it.
    assertEquals(5, after.get());
    if (VirtualThreads.available()) {
      // A thread each, released at the request's end: ThreadManager keeps none of them.
      assertEquals(5, started.size(), started.toString());
      assertEquals(started, stopped);
    } else {
      assertTrue(!started.isEmpty() && started.size() <= 2, started.toString());
    }
    assertEquals(new java.util.HashSet<>(started), new java.util.HashSet<>(stopped));
  }
}
