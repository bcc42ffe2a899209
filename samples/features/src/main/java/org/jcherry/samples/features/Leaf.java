package org.jcherry.samples.features;

import org.jcherry.Cherry;
import org.jcherry.Expose;

/** {@code url()} in every form, one per line, from wherever {@code urls} is reached. */
public class Leaf {
  @Expose
  public String urls(java.util.Map<String, String> kw, String... vpath) {
    return String.join(
        "\n",
        Cherry.url(),
        Cherry.url(""),
        Cherry.url("/abs"),
        Cherry.url("rel"),
        Cherry.url("../up"),
        Cherry.url("rel", "a=1"),
        Cherry.url("rel", new java.util.LinkedHashMap<>(java.util.Map.of("a", 1))),
        Cherry.url("/abs", null, "/other", null, null),
        Cherry.url("/abs", null, null, "https://ex.com", null),
        Cherry.url("/abs", null, null, null, true),
        Cherry.url("rel", null, null, null, true),
        Cherry.url("/abs", null, null, null, "server"),
        Cherry.url("", Cherry.request().queryString()),
        Cherry.url("./a/../b/"));
  }
}
