package org.jcherry.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzing of {@code url()} ({@link UrlBuilder}) and the URL arithmetic under it ({@link
 * Urls}: {@code urljoin}, {@code normalize_path}, the relative forms). An input is up to four
 * lines: the request's path info, the path asked for, the script name, the query string; its first
 * byte also picks whether the handler is an index. Nothing may throw; an absolute answer starts
 * with the base, a {@code "server"} one with a slash. Seeds: {@code UrlBuilderFuzzTestInputs/}.
 */
class UrlBuilderFuzzTest {
  private static final String BASE = "http://www.example.com:8080";

  @FuzzTest(maxDuration = "60s")
  void buildsEveryUrl(byte[] input) {
    String[] lines = new String(input, UTF_8).split("\n", 4);
    String pathInfo = lines[0];
    String path = lines.length > 1 ? lines[1] : "";
    String scriptName = lines.length > 2 ? lines[2] : "";
    String qs = lines.length > 3 ? lines[3] : null;
    Request request =
        new Request("GET", pathInfo, "", "HTTP/1.1", "http", new HeaderMap(), null, null, null);
    request.setBase(BASE);
    request.scriptName = scriptName;
    request.pathInfo = pathInfo.startsWith("/") ? pathInfo : "/" + pathInfo;
    request.setIndex(input.length > 0 && (input[0] & 1) == 1);

    String absolute = UrlBuilder.url(request, path, qs, null, null, false);
    assertTrue(absolute.startsWith(BASE + scriptName), absolute);
    assertTrue(UrlBuilder.url(request, path, qs, null, null, "server").startsWith("/"));
    UrlBuilder.url(request, path, qs, null, null, true);
    Urls.join(pathInfo, path);
    Urls.join(BASE + pathInfo, path);
    Urls.normalize(path);
    Urls.relativeTo(pathInfo, path);
  }
}
