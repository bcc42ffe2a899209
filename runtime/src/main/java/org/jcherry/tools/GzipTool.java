package org.jcherry.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jcherry.HTTPError;
import org.jcherry.http.Bodies;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.Response;

/**
 * {@code tools.gzip} (before_finalize, priority 80), kept minimal: adds {@code Vary: Accept-Encoding};
 * compresses a body of one of {@code mime_types} (default {@code text/html}, {@code text/plain};
 * {@code text/*} matches any text type) at {@code compress_level} when the client accepts gzip; answers
 * 406 when the client accepts neither gzip nor identity. A streamed body is collected first.
 */
final class GzipTool implements Tool {
  @Override
  public String name() {
    return "gzip";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    int level = (int) args.number("compress_level", 5);
    if (level < 0 || level > 9) {
      throw new IllegalArgumentException("tools.gzip.compress_level must be 0-9, not " + level);
    }
    List<String> mimeTypes = args.strings("mime_types", List.of("text/html", "text/plain"));
    args.bool("debug", false);
    double priority = args.priority(80);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.BEFORE_FINALIZE,
        priority,
        "gzip",
        (request, response) -> {
          addVary(response);
          if (response.body() == null) {
            return;
          }
          List<HeaderElements.Element> accepted = HeaderElements.of(request.headers(), "Accept-Encoding");
          if (accepted.isEmpty()) {
            return;
          }
          String type = response.headers().get("Content-Type", "").split(";")[0].trim().toLowerCase(Locale.ROOT);
          for (HeaderElements.Element coding : accepted) {
            String c = coding.value().toLowerCase(Locale.ROOT);
            if (c.equals("identity") && coding.q() != 0) {
              return;
            }
            if (c.equals("gzip") || c.equals("x-gzip")) {
              if (coding.q() != 0 && matches(type, mimeTypes)) {
                response.headers().put("Content-Encoding", "gzip");
                response.headers().remove("Content-Length");
                response.setBody(compress(response.body(), level));
              }
              return;
            }
          }
          throw new HTTPError(406, "identity, gzip");
        });
  }

  private static void addVary(Response response) {
    String vary = response.headers().get("Vary");
    if (vary == null || vary.isBlank()) {
      response.headers().put("Vary", "Accept-Encoding");
    } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding")) {
      response.headers().put("Vary", vary + ", Accept-Encoding");
    }
  }

  private static boolean matches(String type, List<String> mimeTypes) {
    for (String m : mimeTypes) {
      String t = m.toLowerCase(Locale.ROOT);
      if (t.equals(type) || (t.endsWith("/*") && type.startsWith(t.substring(0, t.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] compress(Object body, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out) {
          {
            def.setLevel(level == 0 ? Deflater.NO_COMPRESSION : level);
          }
        }) {
      for (Object chunk : Bodies.chunks(body)) {
        if (!(chunk instanceof byte[])) {
          throw new IllegalStateException("tools.gzip needs an encoded body; turn tools.encode on");
        }
        gz.write((byte[]) chunk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
