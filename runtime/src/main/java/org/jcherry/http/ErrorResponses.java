package org.jcherry.http;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;

/**
 * Turns the exceptions a handler may raise into responses, as CherryPy's {@code set_response}
 * methods do.
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  /** Entity headers an error response must not inherit from what the handler had set. */
  private static final List<String> ENTITY_HEADERS =
      List.of(
          "Accept-Ranges",
          "Age",
          "ETag",
          "Location",
          "Retry-After",
          "Vary",
          "Content-Encoding",
          "Content-Length",
          "Expires",
          "Content-Location",
          "Content-MD5",
          "Last-Modified");

  /**
   * Makes {@code error} the response without raising it, CherryPy's {@code
   * HTTPError.set_response()}: for a tool that answers with an error but lets the hooks after it
   * run (gzip's 406). The error page configured for the request ({@code error_page.N}) is used.
   */
  public static void set(HTTPError error, Request request, Response response) {
    apply(error, request, response, request.plan().errorPages().forCode(error.code()));
  }

  /** The error page of {@code error}, with the traceback when the request shows them. */
  public static void apply(HTTPError error, Request request, Response response, Object customPage) {
    for (String h : ENTITY_HEADERS) {
      response.headers().remove(h);
    }
    if (error.code() != 416) {
      response.headers().remove("Content-Range");
    }
    response.setStatus(error.status());
    String tb = request.showTracebacks() ? traceback(error) : null;
    byte[] page = ErrorPage.render(customPage, error.status(), error.errorMessage(), tb, response);
    page = ErrorPage.pad(error.code(), page);
    response.setBody(page);
  }

  /** The redirect response: {@code Location} and a short HTML note, per status. */
  public static void apply(HTTPRedirect redirect, Response response) {
    int status = redirect.status();
    response.setStatus(status);
    String first = redirect.urls().isEmpty() ? null : redirect.urls().get(0);
    switch (status) {
      case 300:
      case 301:
      case 302:
      case 303:
      case 307:
      case 308:
        response.headers().put("Content-Type", "text/html;charset=utf-8");
        response.headers().put("Location", first);
        StringBuilder body = new StringBuilder();
        for (String u : redirect.urls()) {
          if (body.length() > 0) {
            body.append("<br />\n");
          }
          body.append(lead(status))
              .append("<a href=\"")
              .append(ErrorPage.escapeAttribute(u))
              .append("\">")
              .append(ErrorPage.escape(u))
              .append("</a>.");
        }
        response.setBody(body.toString().getBytes(StandardCharsets.UTF_8));
        response.headers().remove("Content-Length");
        break;
      case 304:
        for (String h :
            List.of(
                "Allow",
                "Content-Encoding",
                "Content-Language",
                "Content-Length",
                "Content-Location",
                "Content-MD5",
                "Content-Range",
                "Content-Type",
                "Expires",
                "Last-Modified")) {
          response.headers().remove(h);
        }
        response.setBody(null);
        break;
      case 305:
        response.headers().put("Location", first);
        response.setBody(null);
        response.headers().remove("Content-Length");
        break;
      default:
        throw new IllegalArgumentException("The " + status + " status code is unknown.");
    }
  }

  /** CherryPy's answer when even the error handling failed: plain text, no page. */
  public static void bare500(Response response, Throwable cause, boolean showTraceback) {
    response.headers().clear();
    response.setStatus(500);
    response.setStream(false);
    response.headers().put("Content-Type", "text/plain");
    String body = "Unrecoverable error in the server.";
    if (showTraceback && cause != null) {
      body += "\n" + traceback(cause);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.headers().put("Content-Length", Integer.toString(bytes.length));
    response.setBody(bytes);
  }

  public static String traceback(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  private static String lead(int status) {
    switch (status) {
      case 301:
        return "This resource has permanently moved to ";
      case 302:
        return "This resource resides temporarily at ";
      case 307:
        return "This resource has moved temporarily to ";
      case 308:
        return "This resource has been moved to ";
      default:
        return "This resource can be found at ";
    }
  }
}
