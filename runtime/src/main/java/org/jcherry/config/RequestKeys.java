package org.jcherry.config;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code request.*} and {@code response.*} config keys JCherry understands. CherryPy sets any
 * such key as an attribute of the request or response, so a misspelt one silently does nothing
 * there; here an unknown one fails when the config is merged or first used, naming the key.
 */
public final class RequestKeys {
  private RequestKeys() {}

  private static final Set<String> REQUEST =
      Set.of(
          "show_tracebacks",
          "show_mismatched_params",
          "methods_with_bodies",
          "process_request_body",
          "query_string_encoding",
          "dispatch",
          "error_response");

  /**
   * {@code timeout} is accepted for CherryPy configs; JCherry has no timeout monitor, so it has no
   * effect.
   */
  private static final Set<String> RESPONSE = Set.of("stream", "timeout");

  /**
   * Fails for an unknown {@code request.*} or {@code response.*} key of {@code config}. {@code
   * request.body.*} (body processing) and {@code response.headers.*} (default headers) are open.
   *
   * @param where the config's place for the message ({@code "section [/sub]"})
   */
  public static void check(Map<String, ?> config, String where) {
    for (String key : config.keySet()) {
      if (key.startsWith("request.")) {
        String attr = key.substring("request.".length());
        if (!REQUEST.contains(attr) && !attr.startsWith("body.")) {
          throw unknown(key, where, "request", REQUEST);
        }
      } else if (key.startsWith("response.")) {
        String attr = key.substring("response.".length());
        if (!RESPONSE.contains(attr)
            && !(attr.startsWith("headers.") && attr.length() > "headers.".length())) {
          throw unknown(key, where, "response", RESPONSE);
        }
      }
    }
  }

  private static IllegalArgumentException unknown(
      String key, String where, String ns, Set<String> known) {
    return new IllegalArgumentException(
        "Unknown config key "
            + key
            + " in "
            + where
            + "; the "
            + ns
            + " settings are "
            + String.join(", ", new TreeSet<>(known))
            + (ns.equals("request") ? ", body.*" : ", headers.<Name>"));
  }
}
