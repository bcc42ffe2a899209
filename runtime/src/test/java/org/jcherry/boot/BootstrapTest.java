package org.jcherry.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcherry.fixture.Shop;
import org.jcherry.server.HttpServer;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of starting an app goes through {@link Bootstrap}: the test extension starts the same
 * servers as {@code Cherry.start}, and what an engine starts (session clean-up, log files) is its
 * own and ends with it.
 */
class BootstrapTest {
  @TempDir Path dir;

  @Test
  void testServerStartsEveryNamedServerOfTheConfig() {
    CherryServer server =
        CherryServer.of(new Shop())
            .global("server.second.socket_host", "127.0.0.1")
            .global("server.second.socket_port", 0);
    try {
      List<HttpServer> servers = server.start().servers();
      assertEquals(2, servers.size());
      TestClient second = new TestClient("127.0.0.1", servers.get(1).boundPort());
      assertEquals("shop index", second.get("/").body());
      assertEquals("shop index", server.client().get("/").body());
    } finally {
      server.stop();
    }
  }

  @Test
  void sessionCleanUpThreadEndsWhenTheEngineStops() throws InterruptedException {
    Set<Thread> before = cleanupThreads();
    CherryServer server =
        CherryServer.empty()
            .mount(
                new Shop(),
                "",
                Map.of("/", Map.of("tools.sessions.on", true, "tools.sessions.clean_freq", 1)));
    server.start();
    server.client().get("/");
    Set<Thread> ours = cleanupThreads();
    ours.removeAll(before);
    assertEquals(1, ours.size(), "one clean-up thread for the server's RAM store");

    server.stop();

    for (Thread t : ours) {
      t.join(10_000); // stopping interrupts it; a loaded machine may take a moment to run it out
      assertFalse(t.isAlive(), "the clean-up thread outlived its engine");
    }
  }

  @Test
  void twoTestServersKeepTheirOwnErrorLogs() throws Exception {
    Path aLog = dir.resolve("a.log");
    Path bLog = dir.resolve("b.log");
    CherryServer a =
        CherryServer.empty()
            .mount(new Shop(), "/a", Map.of())
            .global("log.error_file", aLog.toString());
    CherryServer b =
        CherryServer.empty()
            .mount(new Shop(), "/b", Map.of())
            .global("log.error_file", bLog.toString());
    try {
      a.start();
      b.start();
      assertEquals(500, b.client().get("/b/boom").status());
      assertEquals(500, a.client().get("/a/boom").status());
    } finally {
      a.stop();
      b.stop();
    }
    String aText = Files.readString(aLog, StandardCharsets.UTF_8);
    String bText = Files.readString(bLog, StandardCharsets.UTF_8);
    assertTrue(aText.contains("/a/boom"), aText);
    assertFalse(aText.contains("/b/boom"), aText);
    assertTrue(bText.contains("/b/boom"), bText);
    assertFalse(bText.contains("/a/boom"), bText);
    // Each engine's own messages stay in its own file, up to its last one.
    assertTrue(aText.strip().endsWith("ENGINE Bus EXITED"), aText);
    assertTrue(bText.strip().endsWith("ENGINE Bus EXITED"), bText);
  }

  private static Set<Thread> cleanupThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("Session cleanup") && t.isAlive())
        .collect(Collectors.toSet());
  }
}
