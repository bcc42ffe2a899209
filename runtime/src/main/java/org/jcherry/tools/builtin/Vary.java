package org.jcherry.tools.builtin;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jcherry.http.Response;

/**
 * Adds request header names to the response's {@code Vary}, once each (CherryPy's {@code
 * set_vary_header}).
 */
final class Vary {
  private Vary() {}

  static void add(Response response, Iterable<String> names) {
    Set<String> values = new LinkedHashSet<>();
    String current = response.headers().get("Vary");
    if (current != null) {
      for (String v : current.split(",")) {
        if (!v.isBlank()) {
          values.add(v.trim());
        }
      }
    }
    boolean changed = false;
    for (String n : names) {
      changed |= values.add(n);
    }
    if (changed) {
      response.headers().put("Vary", String.join(", ", values));
    }
  }
}
