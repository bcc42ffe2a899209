package org.jcherry.tools.builtin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jcherry.HTTPError;
import org.jcherry.http.Bodies;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;
import org.jcherry.tools.caching.CachingTool;

/**
 * {@code tools.gzip} (before_finalize, priority 80): compresses the body for a client that accepts
 * gzip when its type is in {@code mime_types} ({@code type/*} and {@code type/*+suffix} patterns
 * allowed; default {@code text/html}, {@code text/plain}) at {@code compress_level} (default 5).
 * Always adds {@code Vary: Accept-Encoding}. A client that accepts neither identity nor gzip gets a
 * 406.
 */
final class Gzip implements HookCallback {
  private final int level;
  private final List<String> mimeTypes;

  Gzip(ToolArgs args) {
    this.level = args.integer("compress_level", 5);
    if (level < 0 || level > 9) {
      throw new IllegalArgumentException("tools.gzip.compress_level must be 0-9, not " + level);
    }
    this.mimeTypes = args.strings("mime_types", List.of("text/html", "text/plain"));
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) throws IOException {
    Vary.add(response, List.of("Accept-Encoding"));
    Object body = response.body();
    if (!response.stream()) {
      body = Bodies.collect(body);
      response.setBody(body);
      if (((byte[]) body).length == 0) {
        return;
      }
    }
    if (Boolean.TRUE.equals(request.attribute(CachingTool.SERVED_FROM_CACHE))) {
      return;
    }
    List<HeaderElements.Element> acceptable =
        HeaderElements.of(request.headers(), "Accept-Encoding");
    if (acceptable.isEmpty()) {
      return;
    }
    String ct = response.headers().get("Content-Type", "").split(";")[0].trim();
    for (HeaderElements.Element coding : acceptable) {
      String value = coding.value(); // Compared as sent, as CherryPy does.
      if (value.equals("identity") && coding.q() != 0) {
        return;
      }
      if (value.equals("gzip") || value.equals("x-gzip")) {
        if (coding.q() == 0 || !matches(ct)) {
          return;
        }
        response.headers().put("Content-Encoding", "gzip");
        response.headers().remove("Content-Length");
        response.setBody(
            response.stream() ? lazily(Bodies.iterator(body)) : compress((byte[]) body));
        return;
      }
    }
    new HTTPError(406, "identity, gzip").setResponse();
  }

  private boolean matches(String ct) {
    if (mimeTypes.contains(ct)) {
      return true;
    }
    int slash = ct.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String media = ct.substring(0, slash);
    String sub = ct.substring(slash + 1);
    for (String pattern : mimeTypes) {
      int ps = pattern.indexOf('/');
      if (ps < 0 || !pattern.substring(0, ps).equals(media)) {
        continue;
      }
      String psub = pattern.substring(ps + 1);
      if (psub.equals("*")) {
        return true;
      }
      int plus = psub.indexOf('+');
      int ctPlus = sub.indexOf('+');
      if (plus >= 0
          && ctPlus >= 0
          && psub.substring(0, plus).equals("*")
          && psub.substring(plus + 1).equals(sub.substring(ctPlus + 1))) {
        return true;
      }
    }
    return false;
  }

  private byte[] compress(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 32);
    try (OutputStream gz = new LeveledGzip(out, level)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  /** Compresses a streamed body chunk by chunk, as the server writes it. */
  private Iterator<Object> lazily(Iterator<Object> chunks) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    return new Iterator<>() {
      private LeveledGzip gz;
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public Object next() {
        try {
          if (gz == null) {
            gz = new LeveledGzip(buffer, level);
          }
          if (chunks.hasNext()) {
            gz.write(Bodies.toBytes(chunks.next()));
            gz.flush();
          } else {
            gz.close();
            done = true;
          }
          byte[] out = buffer.toByteArray();
          buffer.reset();
          return out;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
  }

  /** A gzip stream at a chosen level, flushing what it has compressed so far on flush(). */
  private static final class LeveledGzip extends GZIPOutputStream {
    LeveledGzip(OutputStream out, int level) throws IOException {
      super(out, true);
      def.setLevel(level == 0 ? Deflater.NO_COMPRESSION : level);
    }
  }
}
