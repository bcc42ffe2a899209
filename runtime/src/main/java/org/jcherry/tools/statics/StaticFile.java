package org.jcherry.tools.statics;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.jcherry.NotFound;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HandlerTool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.staticfile} (a handler tool): serves one file, {@code filename} (absolute, a
 * class-path location such as {@code classpath:/static/robots.txt}, or relative to {@code root}:
 * see {@link StaticLocation}), for GET and HEAD; {@code match} and {@code content_types} as for
 * staticdir. A missing file lets the request go on to the handlers.
 */
public final class StaticFile implements HandlerTool.Handling {
  private final Path file;
  private final Pattern match;
  private final String contentType;

  public StaticFile(ToolArgs args) {
    this.file =
        StaticLocation.resolve(
            "tools.staticfile.filename",
            args.required("filename", String.class),
            "tools.staticfile.root",
            args.string("root", ""));
    String m = args.string("match", "");
    this.match = m.isEmpty() ? null : Pattern.compile(m);
    Map<?, ?> types = args.value("content_types", Map.class, Map.of());
    Object t = types.get(MimeTypes.extension(file.getFileName().toString()));
    this.contentType = t == null ? null : t.toString();
    args.bool("debug", false);
  }

  @Override
  public boolean handle(Request request, Response response) throws Exception {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return false;
    }
    if (match != null && !match.matcher(request.pathInfo()).find()) {
      return false;
    }
    try {
      FileServer.serve(request, response, file, contentType, null, null);
      return true;
    } catch (NotFound e) {
      return false;
    }
  }
}
