package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static files where Java users keep them: {@code classpath:} locations for staticdir and
 * staticfile, from a class-path directory (test-classes) and from a jar this test builds, served
 * with Last-Modified, conditional requests and ranges, traversal refused as for files.
 */
class ClassPathStaticTest {
  private static final String HELLO = "Hello from the class path!\n";
  private static final String JAR_HELLO = "Hello from inside a jar!\n";

  @TempDir static Path tmp;

  private static CherryServer server;
  private static TestClient client;

  @BeforeAll
  static void start() throws IOException {
    Path jar = tmp.resolve("assets.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "jarroot/", null);
      entry(out, "jarroot/hello.txt", JAR_HELLO);
      entry(out, "jarroot/css/", null);
      entry(out, "jarroot/css/site.css", "h1 { color: teal; }\n");
      entry(out, "jar-secret.txt", "secret: never served\n");
    }
    Map<String, Map<String, Object>> config = new LinkedHashMap<>();
    config.put("/cp", staticDir("classpath:/webroot"));
    config.put("/jar", staticDir("classpath:/jarroot/"));
    config.put(
        "/rooted",
        Map.of(
            "tools.staticdir.on", true,
            "tools.staticdir.root", "classpath:/webroot",
            "tools.staticdir.dir", "css"));
    config.put(
        "/robots.txt",
        Map.of(
            "tools.staticfile.on",
            true,
            "tools.staticfile.filename",
            "classpath:webroot/hello.txt"));
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    // The jar is found through the context class loader of the thread that mounts, as an app's
    // own jar is found through the application class loader.
    try (URLClassLoader withJar =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL()}, ClassPathStaticTest.class.getClassLoader())) {
      thread.setContextClassLoader(withJar);
      server = CherryServer.empty().global("environment", "production");
      server.mount(new Shop(), "", config);
    } finally {
      thread.setContextClassLoader(before);
    }
    server.start();
    client = server.client();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static Map<String, Object> staticDir(String dir) {
    return Map.of("tools.staticdir.on", true, "tools.staticdir.dir", dir);
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    if (text != null) {
      OutputStream o = out;
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
    out.closeEntry();
  }

  /**
   * {@code path} answers {@code text} with Last-Modified, a 304 for that date, and its last five
   * bytes as a 206.
   */
  private static void servesWithValidatorsAndRanges(String path, String text) {
    TestResponse r = client.get(path);
    assertEquals(200, r.status(), r.toString());
    assertEquals(text, r.body());
    assertEquals("text/plain", r.header("Content-Type"));
    assertEquals(Integer.toString(text.length()), r.header("Content-Length"));
    String lastModified = r.header("Last-Modified");
    assertTrue(lastModified.endsWith(" GMT"), lastModified);
    assertEquals(304, client.get(path, Map.of("If-Modified-Since", lastModified)).status());
    TestResponse range = client.get(path, Map.of("Range", "bytes=-5"));
    assertEquals(206, range.status());
    assertEquals(text.substring(text.length() - 5), range.body());
    assertEquals(
        "bytes " + (text.length() - 5) + "-" + (text.length() - 1) + "/" + text.length(),
        range.header("Content-Range"));
  }

  @Test
  void servesFromAClassPathDirectoryWithValidatorsAndRanges() {
    servesWithValidatorsAndRanges("/cp/hello.txt", HELLO);
    assertEquals("body { color: teal; }\n", client.get("/cp/css/site.css").body());
  }

  @Test
  void servesFromInsideAJarWithValidatorsAndRanges() {
    servesWithValidatorsAndRanges("/jar/hello.txt", JAR_HELLO);
    assertEquals("h1 { color: teal; }\n", client.get("/jar/css/site.css").body());
    assertEquals(404, client.get("/jar/missing.txt").status());
    assertEquals(404, client.get("/jar/css").status(), "a directory is not a file");
  }

  @Test
  void relativeDirUnderAClassPathRootAndAClassPathStaticFile() {
    assertEquals("body { color: teal; }\n", client.get("/rooted/site.css").body());
    TestResponse r = client.get("/robots.txt");
    assertEquals(200, r.status(), r.toString());
    assertEquals(HELLO, r.body());
  }

  @Test
  void traversalOutOfAClassPathLocationIsRefused() {
    for (String prefix : new String[] {"/jar", "/cp"}) {
      for (String rest :
          new String[] {
            "/../jar-secret.txt",
            "/%2e%2e/jar-secret.txt",
            "/%2E%2E/webroot-secret.txt",
            "/%252e%252e/webroot-secret.txt",
            "/css/../../webroot-secret.txt",
            "/..%2fjar-secret.txt",
            "/..%5cjar-secret.txt",
            "/..\\webroot-secret.txt",
            "//jar-secret.txt",
            "/%2fwebroot-secret.txt",
            "/%2fetc%2fpasswd",
            "//etc/passwd"
          }) {
        String path = prefix + rest;
        TestResponse r =
            client.raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(r.status() == 403 || r.status() == 404 || r.status() == 400, path + ": " + r);
        assertFalse(r.body().contains("never served"), path);
        assertFalse(r.body().contains("root:x:0:0"), path);
      }
    }
  }

  /** The message of the mount of a staticdir {@code dir} at {@code /s} of an app at {@code at}. */
  private static String mountFailure(String at, String dir) {
    CherryServer other = CherryServer.empty();
    return assertThrows(
            IllegalStateException.class,
            () -> other.mount(new Shop(), at, Map.of("/s", staticDir(dir))))
        .getMessage();
  }

  @Test
  void aClassPathLocationThatIsNotThereFailsTheMountNamingTheKey() {
    String m = mountFailure("", "classpath:/no/such/dir");
    assertTrue(m.contains("/s"), m);
    assertTrue(m.contains("tools.staticdir.dir = 'classpath:/no/such/dir'"), m);
  }

  @Test
  void aRelativeDirWithoutARootFailsTheMountNamingTheKeys() {
    String m = mountFailure("/app", "static");
    assertTrue(m.contains("/app/s"), m);
    assertTrue(m.contains("tools.staticdir.dir = 'static'"), m);
    assertTrue(m.contains("tools.staticdir.root"), m);
  }
}
