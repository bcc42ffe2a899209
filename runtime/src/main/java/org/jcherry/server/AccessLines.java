package org.jcherry.server;

import org.jcherry.http.Host;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.AccessLog;

/** Writes the access-log line of an answered request, when the access log is on. */
final class AccessLines {
  private final AccessLog accessLog;

  AccessLines(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  void log(Request request, Response response) {
    if (!accessLog.enabled()) {
      return;
    }
    Host remote = request.remote();
    accessLog.log(
        request.scriptName(),
        remote == null ? "-" : remote.name() != null ? remote.name() : remote.ip(),
        request.login(),
        request.requestLine(),
        response.status(),
        response.headers().get("Content-Length"),
        request.headers().get("Referer"),
        request.headers().get("User-Agent"));
  }
}
