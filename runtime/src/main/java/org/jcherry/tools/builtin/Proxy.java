package org.jcherry.tools.builtin;

import java.util.Locale;
import org.jcherry.http.Host;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.proxy} (before_request_body, priority 30): behind a reverse proxy, takes the base
 * URL from {@code local} (default {@code X-Forwarded-Host}; or a fixed {@code base}) with the
 * scheme from {@code scheme} (default {@code X-Forwarded-Proto}; {@code on} in an {@code *ssl*}
 * header means https), and the client address from the first entry of {@code remote} (default
 * {@code X-Forwarded-For}). Empty names turn a part off.
 */
final class Proxy implements HookCallback {
  private final String base;
  private final String local;
  private final String remote;
  private final String scheme;

  Proxy(ToolArgs args) {
    this.base = args.string("base", null);
    this.local = args.string("local", "X-Forwarded-Host");
    this.remote = args.string("remote", "X-Forwarded-For");
    this.scheme = args.string("scheme", "X-Forwarded-Proto");
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    String s = null;
    if (!scheme.isEmpty()) {
      s = request.headers().get(scheme);
      if ("on".equals(s) && scheme.toLowerCase(Locale.ROOT).contains("ssl")) {
        s = "https";
      }
    }
    String current = request.base();
    if (s == null || s.isEmpty()) {
      s = current.substring(0, current.indexOf("://"));
    }
    String b = base;
    if (!local.isEmpty()) {
      String forwarded = request.headers().get(local);
      if (forwarded != null) {
        b = forwarded.split(",")[0].trim();
      }
    }
    if (b == null || b.isEmpty()) {
      b = request.headers().get("Host", current.substring(current.indexOf("://") + 3));
    }
    if (!b.contains("://")) {
      b = s + "://" + b;
    }
    request.setBase(b.replace("\r", "").replace("\n", ""));
    if (!remote.isEmpty()) {
      String xff = request.headers().get(remote);
      if (xff != null && !xff.isBlank()) {
        String ip = remote.equalsIgnoreCase("X-Forwarded-For") ? xff.split(",")[0].trim() : xff;
        Host old = request.remote();
        request.setRemote(new Host(ip, old == null ? 0 : old.port(), ip));
      }
    }
  }
}
