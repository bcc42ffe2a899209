package org.jcherry.tools.builtin;

import java.util.ArrayList;
import java.util.List;
import org.jcherry.http.Request;
import org.jcherry.http.RequestBody;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.decode} (before_request_body): {@code encoding} (a charset or a list) replaces the
 * charsets a form body is decoded with; otherwise {@code default_encoding} (default utf-8) is added
 * to them.
 */
final class Decode implements HookCallback {
  private final List<String> encoding;
  private final List<String> defaultEncoding;

  Decode(ToolArgs args) {
    this.encoding = args.strings("encoding", null);
    this.defaultEncoding = args.strings("default_encoding", List.of("utf-8"));
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    RequestBody body = request.body();
    if (encoding != null) {
      body.setAttemptCharsets(encoding);
    } else {
      List<String> charsets = new ArrayList<>(body.attemptCharsets());
      charsets.addAll(defaultEncoding);
      body.setAttemptCharsets(charsets);
    }
  }
}
