package org.jcherry.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code request.*} and {@code response.*} config keys JCherry understands, with their types.
 * CherryPy sets any such key as an attribute of the request or response, so a misspelt one silently
 * does nothing there; here an unknown one, or one whose value is of the wrong type, fails when the
 * config is merged or first used, naming the key.
 */
public final class RequestKeys {
  private RequestKeys() {}

  public static final Setting<Boolean> SHOW_TRACEBACKS =
      Setting.bool("request.show_tracebacks", true);
  public static final Setting<Boolean> SHOW_MISMATCHED_PARAMS =
      Setting.bool("request.show_mismatched_params", true);
  public static final Setting<Boolean> PROCESS_REQUEST_BODY =
      Setting.bool("request.process_request_body", true);
  public static final Setting<List<String>> METHODS_WITH_BODIES =
      Setting.names("request.methods_with_bodies", List.of("POST", "PUT", "PATCH"));
  public static final Setting<String> QUERY_STRING_ENCODING =
      Setting.string("request.query_string_encoding", "utf8");

  /** {@code request.body.maxbytes}: 0 (or unset, or None) for no limit. */
  public static final Setting<Long> BODY_MAXBYTES =
      Setting.integer("request.body.maxbytes", 0)
          .where(n -> n >= 0, "a number of bytes (0 for no limit)");

  public static final Setting<Boolean> STREAM = Setting.bool("response.stream", false);

  /** Whether a key is a switch ({@code tools.gzip.on}, {@code engine.autoreload.on}): a boolean. */
  public static boolean isSwitch(String key) {
    return key.endsWith(".on");
  }

  /**
   * Fails for an unknown {@code request.*} or {@code response.*} key of {@code config}, and for a
   * value of the wrong type of a typed one: the settings above and every switch ({@code *.on}).
   *
   * @param where the config's place for the message ({@code "app config section [/sub]"})
   */
  public static void check(Map<String, ?> config, String where) {
    checkNames(config, where);
    for (Setting<?> s :
        List.of(
            SHOW_TRACEBACKS,
            SHOW_MISMATCHED_PARAMS,
            PROCESS_REQUEST_BODY,
            METHODS_WITH_BODIES,
            QUERY_STRING_ENCODING,
            BODY_MAXBYTES,
            STREAM)) {
      s.from(config, where);
    }
    for (Map.Entry<String, ?> e : config.entrySet()) {
      if (isSwitch(e.getKey())) {
        Setting.bool(e.getKey(), false).read(e.getValue(), where);
      }
    }
  }

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
   * Fails for an unknown {@code request.*} or {@code response.*} key. {@code request.body.*} (body
   * processing) and {@code response.headers.*} (default headers) are open.
   */
  private static void checkNames(Map<String, ?> config, String where) {
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
