package org.jcherry.samples.config;

import java.util.Map;
import org.jcherry.Cherry;

/**
 * What the handlers of config.py answer: config values and {@code url()} variants of the request.
 */
final class Show {
  private Show() {}

  /** {@code flavor=F colour=C}, from the request's config. */
  static String config() {
    Map<String, Object> conf = Cherry.request().config();
    return "flavor="
        + python(conf.get("custom.flavor"))
        + " colour="
        + python(conf.get("custom.colour"));
  }

  /** One line per {@code url()} call of config.py's {@code url_report}. */
  static String urls() {
    return String.join(
            "\n",
            "url()=" + Cherry.url(),
            "url(other)=" + Cherry.url("other"),
            "url(/abs)=" + Cherry.url("/abs"),
            "url(/abs,script_name=)=" + Cherry.url("/abs", null, "", null, null),
            "url(qs)=" + Cherry.url("", "a=1&b=2"),
            "url(/abs,relative=server)=" + Cherry.url("/abs", null, null, null, "server"),
            "url(/abs,relative=True)=" + Cherry.url("/abs", null, null, null, true),
            "url(/abs,base)=" + Cherry.url("/abs", null, null, "http://example.org", null),
            "script_name=" + Cherry.request().scriptName(),
            "path_info=" + Cherry.request().pathInfo())
        + "\n";
  }

  /** Python's {@code %s} of a config value: {@code None} for a missing one. */
  private static String python(Object value) {
    return value == null ? "None" : value.toString();
  }
}
