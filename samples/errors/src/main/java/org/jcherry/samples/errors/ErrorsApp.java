package org.jcherry.samples.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.jcherry.http.ErrorPage;
import org.jcherry.tools.HookCallback;

/**
 * The app config of errors.py's {@code _cp_config} entries whose values are code or a file: an
 * error page renderer, a custom error response, and the 404 page template. errors.py sets them on
 * the classes; here they are the path sections of those classes, which has the same effect because
 * no other config on those paths sets the same keys.
 */
public final class ErrorsApp {
  private ErrorsApp() {}

  /** errors.py's {@code deny_page}. */
  static final ErrorPage.Renderer DENY_PAGE =
      (status, message, traceback, version) ->
          "callable page: status=" + status + " message=" + message;

  /** errors.py's {@code custom_error_response}. */
  static final HookCallback CUSTOM_ERROR_RESPONSE =
      (request, response) -> {
        response.setStatus(503);
        response.headers().put("Content-Type", "text/plain");
        response.headers().put("X-Error-Handler", "custom");
        response.setBody("custom error response".getBytes(StandardCharsets.UTF_8));
      };

  /** The app config: path sections for {@code /nopage}, {@code /callable} and {@code /custom}. */
  public static Map<String, Map<String, Object>> config() {
    return Map.of(
        "/nopage", Map.of("error_page.404", notFoundPage().toString()),
        "/callable", Map.of("error_page.403", DENY_PAGE),
        "/custom", Map.of("request.error_response", CUSTOM_ERROR_RESPONSE));
  }

  /**
   * The 404 template, shipped in the jar as {@code errors_files/404.html} and copied to a temporary
   * file, since {@code error_page.*} names a file and the jar may run from any directory.
   */
  static Path notFoundPage() {
    try (InputStream in = ErrorsApp.class.getResourceAsStream("/errors_files/404.html")) {
      if (in == null) {
        throw new IllegalStateException("errors_files/404.html is missing from the classpath");
      }
      Path file = Files.createTempFile("jcherry-errors-404-", ".html");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
