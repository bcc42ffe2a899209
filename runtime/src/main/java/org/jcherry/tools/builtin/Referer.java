package org.jcherry.tools.builtin;

import java.util.regex.Pattern;
import org.jcherry.HTTPError;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.referer} (before_request_body): the {@code Referer} must match {@code pattern} (from
 * its start), or must not with {@code accept = False}; a missing one passes only with {@code
 * accept_missing}. Otherwise the answer is {@code error} (403) with {@code message}.
 */
final class Referer implements HookCallback {
  private final Pattern pattern;
  private final boolean accept;
  private final boolean acceptMissing;
  private final int error;
  private final String message;

  Referer(ToolArgs args) {
    this.pattern = Pattern.compile(args.required("pattern", String.class));
    this.accept = args.bool("accept", true);
    this.acceptMissing = args.bool("accept_missing", false);
    this.error = args.integer("error", 403);
    this.message = args.string("message", "Forbidden Referer header.");
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    String ref = request.headers().get("Referer");
    if (ref == null ? acceptMissing : pattern.matcher(ref).lookingAt() == accept) {
      return;
    }
    throw new HTTPError(error, message);
  }
}
