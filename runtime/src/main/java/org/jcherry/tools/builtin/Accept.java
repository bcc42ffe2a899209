package org.jcherry.tools.builtin;

import java.util.List;
import org.jcherry.HTTPError;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.accept} (on_start_resource): the resource emits {@code media} (a type or a list); a
 * client whose {@code Accept} allows none of them gets a 406 listing them. {@link #choose} gives
 * the type to send, for handlers that call it directly.
 */
public final class Accept implements HookCallback {
  private final List<String> media;

  Accept(ToolArgs args) {
    this.media = args.strings("media", List.of());
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    choose(request, media);
  }

  /**
   * The first of {@code media} the client accepts, by its preference; {@code null} when media is
   * empty.
   */
  public static String choose(Request request, List<String> media) {
    if (media.isEmpty()) {
      return null;
    }
    List<HeaderElements.Element> ranges = HeaderElements.of(request.headers(), "Accept");
    if (ranges.isEmpty()) {
      return media.get(0);
    }
    for (HeaderElements.Element e : ranges) {
      if (e.q() <= 0) {
        continue;
      }
      String v = e.value();
      if (v.equals("*/*")) {
        return media.get(0);
      }
      if (v.endsWith("/*")) {
        String prefix = v.substring(0, v.length() - 1);
        for (String m : media) {
          if (m.startsWith(prefix)) {
            return m;
          }
        }
      } else if (media.contains(v)) {
        return v;
      }
    }
    String ah = request.headers().get("Accept");
    String msg =
        ah == null
            ? "Your client did not send an Accept header."
            : "Your client sent this Accept header: " + ah + ".";
    throw new HTTPError(
        406,
        msg + " But this resource only emits these media types: " + String.join(", ", media) + ".");
  }
}
