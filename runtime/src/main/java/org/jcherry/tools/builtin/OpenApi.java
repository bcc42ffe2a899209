package org.jcherry.tools.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HandlerTool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.openapi} (a handler tool, not in CherryPy): serves the OpenAPI 3.1 document the
 * processor wrote for an {@code @AppRoot} ({@code META-INF/jcherry/<root>.openapi.json}) at {@code
 * path} (default {@code /openapi.json}, below the app) for GET and HEAD, with the app's script name
 * as its one server. {@code root} names the root class; a document that is not on the class path
 * fails the mount.
 */
final class OpenApi implements HandlerTool.Handling {
  private final String path;
  private final String document;

  /** The document with its {@code servers} entry, per script name: made once per mount point. */
  private final Map<String, byte[]> served = new ConcurrentHashMap<>();

  OpenApi(ToolArgs args) {
    String root = args.required("root", String.class);
    this.path = args.string("path", "/openapi.json");
    this.document = read(root);
  }

  private static String read(String root) {
    String name = "META-INF/jcherry/" + root + ".openapi.json";
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    InputStream in =
        (loader == null ? OpenApi.class.getClassLoader() : loader).getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException(
          "tools.openapi.root: no "
              + name
              + " on the class path; name an @AppRoot class compiled with the JCherry processor");
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean handle(Request request, Response response) {
    if (!request.pathInfo().equals(path)
        || !request.method().equals("GET") && !request.method().equals("HEAD")) {
      return false;
    }
    response.headers().put("Content-Type", "application/json");
    response.setBody(served.computeIfAbsent(request.scriptName(), this::withServer));
    return true;
  }

  /** The document with {@code "servers": [{"url": scriptName}]} after its {@code openapi} line. */
  private byte[] withServer(String scriptName) {
    String url = scriptName.isEmpty() ? "/" : scriptName;
    String escaped = url.replace("\\", "\\\\").replace("\"", "\\\"");
    int line = document.indexOf('\n', document.indexOf("\"openapi\"")) + 1;
    String doc =
        document.substring(0, line)
            + "  \"servers\": [{\"url\": \""
            + escaped
            + "\"}],\n"
            + document.substring(line);
    return doc.getBytes(StandardCharsets.UTF_8);
  }
}
