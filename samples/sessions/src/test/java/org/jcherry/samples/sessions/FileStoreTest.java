package org.jcherry.samples.sessions;

import static org.jcherry.samples.sessions.SessionCookies.concurrently;
import static org.jcherry.samples.sessions.SessionCookies.get;
import static org.jcherry.samples.sessions.SessionCookies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The file store over a socket: two servers sharing a directory share sessions; bad ids are a 400.
 */
class FileStoreTest {
  private static final Path DIR = tempDir();

  @RegisterExtension static final CherryServer one = server();
  @RegisterExtension static final CherryServer two = server();

  private static CherryServer server() {
    return CherryServer.empty()
        .mount(
            new Pages(),
            "",
            SessionToolTest.on(
                Map.of(
                    "tools.sessions.storage_type",
                    "file",
                    "tools.sessions.storage_path",
                    DIR.toString())))
        .global("environment", "production");
  }

  @Test
  void serversSharingTheDirectoryShareSessions() {
    TestResponse first = one.client().get("/count");
    String id = id(first);
    assertTrue(Files.exists(DIR.resolve("session-" + id)));
    assertEquals("count=2", get(two.client(), "/count", id).body());
    assertEquals("count=3", get(one.client(), "/count", id).body());
  }

  @Test
  void locksHoldAcrossServers() throws Exception {
    String id = id(one.client().get("/count"));
    concurrently(8, "/slow_count", id, one.client(), two.client());
    assertEquals("count=10", get(one.client(), "/count", id).body());
  }

  @Test
  void anIdThatLeavesTheDirectoryIs400() {
    for (String bad : new String[] {"../escape", "a/../../b", "sub/dir"}) {
      TestResponse r = get(one.client(), "/count", bad);
      assertEquals(400, r.status(), bad);
      assertTrue(r.body().contains("Invalid session id in cookie."), r.body());
    }
  }

  @Test
  void anUnknownIdGetsAFreshOne() {
    TestResponse r = get(one.client(), "/id", "bogus");
    assertTrue(r.body().matches("[0-9a-f]{40} missing=true original=bogus"), r.body());
  }

  @Test
  void jsonValuesComeBackAsTheyWere() {
    String id = id(one.client().get("/put_values"));
    assertEquals("héllo 5000000000 [a, 1, true] {k=2.5}", get(two.client(), "/values", id).body());
  }

  /**
   * The directory briefly gone (moved away, unmounted): 503 without a session cookie, so neither a
   * client with a session nor a new one is handed an id; once it is back the session goes on.
   */
  @Test
  void aDirectoryBrieflyGoneAnswers503AndIssuesNoNewId() throws IOException {
    String id = id(one.client().get("/count"));
    Path away = DIR.resolveSibling(DIR.getFileName() + "-away");
    Files.move(DIR, away);
    try {
      for (TestResponse r : List.of(get(one.client(), "/count", id), one.client().get("/count"))) {
        assertEquals(503, r.status(), r.toString());
        assertEquals(List.of(), r.headers("Set-Cookie"), r.toString());
      }
    } finally {
      Files.move(away, DIR);
    }
    TestResponse back = get(one.client(), "/count", id);
    assertEquals("count=2", back.body());
    assertEquals(id, id(back));
  }

  @Test
  void aValueJsonCannotKeepIsRefusedWhereItIsPut() {
    assertEquals(500, one.client().get("/put_object").status());
  }

  @AfterAll
  static void deleteDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(DIR)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("jcherry-sessions");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
