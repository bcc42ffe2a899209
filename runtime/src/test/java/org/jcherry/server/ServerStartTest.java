package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.engine.ChannelFailures;
import org.jcherry.engine.Engine;
import org.jcherry.fixture.Shop;
import org.jcherry.log.AccessLog;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;

/** Binding: ephemeral ports, a busy port, and extra servers from {@code server.<name>.*}. */
class ServerStartTest {
  private static Tree shopTree(GlobalConfig config) {
    Tree tree = new Tree(config);
    tree.mount(new Shop(), "/shop", Map.of());
    return tree;
  }

  @Test
  void theWorkPreloadedOnASecondCoreLeavesAServerThatStartsAndServes() throws Exception {
    HttpServer.preload();
    GlobalConfig config = new GlobalConfig();
    config.update(Map.of("server.socket_host", "127.0.0.1", "server.socket_port", 0));
    Engine engine = new Engine();
    HttpServer server =
        new HttpServer(
                shopTree(config),
                ServerSettings.from(config.asMap()),
                AccessLog.slf4jOnly(),
                engine)
            .subscribe(engine);
    engine.start();
    try {
      assertEquals(
          "shop index", new TestClient("127.0.0.1", server.boundPort()).get("/shop/").body());
    } finally {
      engine.exit();
    }
  }

  @Test
  void aBusyPortFailsStartUpAtOnceNamingHostAndPort() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
      GlobalConfig config = new GlobalConfig();
      config.update(
          Map.of("server.socket_host", "127.0.0.1", "server.socket_port", busy.getLocalPort()));
      Engine engine = new Engine();
      new HttpServer(
              shopTree(config), ServerSettings.from(config.asMap()), AccessLog.slf4jOnly(), engine)
          .subscribe(engine);
      ChannelFailures f = assertThrows(ChannelFailures.class, engine::start);
      assertTrue(f.getMessage().contains("127.0.0.1:" + busy.getLocalPort()), f.getMessage());
      assertSame(Engine.State.EXITING, engine.state());
    }
  }

  @Test
  void namedServersServeTheSameTreeOnTheirOwnPorts() {
    GlobalConfig config = new GlobalConfig();
    config.update(
        Map.of(
            "server.socket_port",
            0,
            "server.second.socket_host",
            "127.0.0.1",
            "server.second.socket_port",
            0,
            "log.screen",
            false));
    Engine engine = new Engine();
    List<HttpServer> servers =
        Servers.of(shopTree(config), config.asMap(), AccessLog.slf4jOnly(), engine);
    assertEquals(2, servers.size());
    assertEquals("second", servers.get(1).settings().name());
    servers.forEach(s -> s.subscribe(engine));
    engine.start();
    try {
      int first = servers.get(0).boundPort();
      int second = servers.get(1).boundPort();
      assertNotEquals(first, second);
      assertEquals("item 3 plain", new TestClient("127.0.0.1", first).get("/shop/item/3").body());
      assertEquals("item 3 plain", new TestClient("127.0.0.1", second).get("/shop/item/3").body());
      assertEquals("http://127.0.0.1:" + second, servers.get(1).base());
    } finally {
      engine.exit();
    }
  }

  @Test
  void badServerSettingsNameTheKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerSettings.all(Map.of("server.extra.socket_port", "x"), false));
    assertTrue(e.getMessage().contains("server.extra.socket_port"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerSettings.from(Map.of("server.ssl_certificate", "c.pem")));
    assertTrue(e.getMessage().contains("server.ssl_private_key"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerSettings.from(Map.of("server.thread_pool", 0)));
    assertTrue(e.getMessage().contains("server.thread_pool must be 1-10000"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerSettings.from(Map.of("server.io_threads", -1)));
    assertTrue(e.getMessage().contains("server.io_threads must be 1-10000"), e.getMessage());
  }

  @Test
  void requestsRunOnTheServersOwnNamedThreadsAndIoThreadsAreConfigurable() throws Exception {
    CherryServer server =
        CherryServer.empty()
            .mount(new Shop(), "/shop", Map.of())
            .global("server.io_threads", 1)
            .start();
    try {
      Set<String> threads = ConcurrentHashMap.newKeySet();
      server
          .engine()
          .subscribe("before_request", () -> threads.add(Thread.currentThread().getName()));
      for (int i = 0; i < 3; i++) {
        assertEquals("item 3 plain", server.client().get("/shop/item/3").body());
      }
      assertFalse(threads.isEmpty());
      for (String name : threads) {
        // A virtual thread per request where there are virtual threads, else one of ten.
        assertTrue(
            name.matches(
                VirtualThreads.available() ? "CP Server Thread" : "CP Server Thread-([1-9]|10)"),
            name);
      }
    } finally {
      server.engine().exit();
    }
  }

  /** Where every handler runs on the request threads, they get the other half of the cores. */
  @Test
  void anAppWithOnlyBlockingHandlersReadsWithHalfTheCores() {
    CherryServer server = CherryServer.empty().mount(new Shop(), "/shop", Map.of()).start();
    try {
      assertEquals(
          Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
          server.server().settings().ioThreads());
    } finally {
      server.engine().exit();
    }
  }
}
