package org.jcherry.tools.builtin;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jcherry.HTTPError;
import org.jcherry.http.Bodies;
import org.jcherry.http.Conditions;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.PythonText;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.etags} (before_finalize, priority 75): with {@code autotags}, a 200 without an
 * {@code ETag} gets the MD5 of its body as one; then for a 2xx, {@code If-Match} that does not
 * match is a 412, and {@code If-None-Match} that matches (or is {@code *}) a 304 for GET and HEAD
 * and a 412 otherwise (CherryPy's {@code validate_etags}).
 */
final class Etags implements HookCallback {
  private final boolean autotags;

  Etags(ToolArgs args) {
    this.autotags = args.bool("autotags", false);
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) throws IOException {
    int status = response.status();
    String etag = response.headers().get("ETag");
    if (etag == null && autotags && status == 200) {
      byte[] body = Bodies.collect(response.body());
      response.setBody(body);
      etag = "\"" + md5(body) + "\"";
      response.headers().put("ETag", etag);
    }
    if (status < 200 || status > 299) {
      return;
    }
    List<String> ifMatch = values(request, "If-Match");
    if (!ifMatch.isEmpty() && !(ifMatch.equals(List.of("*")) || ifMatch.contains(etag))) {
      throw new HTTPError(
          412,
          "If-Match failed: ETag "
              + PythonText.repr(etag)
              + " did not match "
              + PythonText.list(ifMatch));
    }
    List<String> ifNoneMatch = values(request, "If-None-Match");
    if (ifNoneMatch.equals(List.of("*")) || (etag != null && ifNoneMatch.contains(etag))) {
      if (request.method().equals("GET") || request.method().equals("HEAD")) {
        Conditions.notModified(request);
      }
      throw new HTTPError(
          412,
          "If-None-Match failed: ETag "
              + PythonText.repr(etag)
              + " matched "
              + PythonText.list(ifNoneMatch));
    }
  }

  private static List<String> values(Request request, String header) {
    List<String> out = new ArrayList<>();
    for (HeaderElements.Element e : HeaderElements.of(request.headers(), header)) {
      out.add(e.value());
    }
    return out;
  }

  private static String md5(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
