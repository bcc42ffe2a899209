package org.jcherry.tools.statics;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.jcherry.HTTPError;
import org.jcherry.NotFound;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HandlerTool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.staticdir} (a handler tool): serves the files of {@code dir} below the config path
 * that declares it. Options: {@code dir} (absolute, a class-path location such as {@code
 * classpath:/static}, or relative to {@code root}: see {@link StaticLocation}), {@code root},
 * {@code match} (a regex the path must contain), {@code content_types} (extension to type), {@code
 * index} (the file served for a directory), {@code section} (filled in for app config sections; set
 * it when the tool is turned on with {@code @CpConfig}).
 *
 * <p>Only GET and HEAD are served; a missing file lets the request go on to the handlers (usually a
 * 404). A path that leaves {@code dir} ({@code ..}, {@code %2e%2e}, an encoded slash) is a 403, a
 * path with a NUL a 400: no file outside {@code dir} is ever opened. Symbolic links inside {@code
 * dir} are followed, as the site owner put them there.
 */
public final class StaticDir implements HandlerTool.Handling {
  private final String section;
  private final Path dir;
  private final Pattern match;
  private final Map<?, ?> contentTypes;
  private final String index;

  public StaticDir(ToolArgs args) {
    String dirName = args.required("dir", String.class);
    String declared = args.string("section", null);
    if (declared == null) {
      throw new IllegalArgumentException(
          "tools.staticdir.section must be set to the URL path the files are served below (as"
              + " '/static'): it is filled in only for app config sections, not for @CpConfig");
    }
    String s = declared.equals("global") ? "/" : declared;
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    this.section = s;
    this.dir =
        StaticLocation.resolve(
            "tools.staticdir.dir", dirName, "tools.staticdir.root", args.string("root", ""));
    String m = args.string("match", "");
    this.match = m.isEmpty() ? null : Pattern.compile(m);
    this.contentTypes = args.value("content_types", Map.class, Map.of());
    this.index = args.string("index", "");
    args.bool("debug", false);
  }

  @Override
  public boolean handle(Request request, Response response) throws Exception {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return false;
    }
    String pi = request.pathInfo();
    if (match != null && !match.matcher(pi).find()) {
      return false;
    }
    String branch = pi.length() > section.length() + 1 ? pi.substring(section.length() + 1) : "";
    while (branch.startsWith("/")) {
      branch = branch.substring(1);
    }
    branch = Unquote.of(branch);
    if (branch.indexOf('\0') >= 0) {
      throw new HTTPError(400, "Illegal character in the path");
    }
    Path file;
    try {
      file = dir.resolve(branch).normalize();
    } catch (InvalidPathException e) {
      throw new HTTPError(400, "Illegal path");
    }
    if (!file.startsWith(dir)) {
      throw new HTTPError(403);
    }
    // A path ending in '/' names a directory: a file there is not found, only its index may be.
    if (!branch.endsWith("/") && attempt(request, response, file)) {
      return true;
    }
    if (!index.isEmpty() && attempt(request, response, file.resolve(index).normalize())) {
      request.setIndex(branch.isEmpty() || branch.endsWith("/"));
      return true;
    }
    return false;
  }

  private boolean attempt(Request request, Response response, Path file) throws Exception {
    String type = null;
    if (!contentTypes.isEmpty()) {
      Object t = contentTypes.get(MimeTypes.extension(file.getFileName().toString()));
      type = t == null ? null : t.toString();
    }
    try {
      FileServer.serve(request, response, file, type, null, null);
      return true;
    } catch (NotFound e) {
      return false;
    }
  }
}
