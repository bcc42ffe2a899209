package org.jcherry.http;

import java.nio.charset.StandardCharsets;

/**
 * The response being built, CherryPy's {@code cherrypy.response}: reach it as {@code
 * Cherry.response()} or declare a {@code Response} parameter on a handler.
 *
 * <p>The body is whatever the handler returned until the application finalises it: a {@code
 * String}, {@code byte[]}, an {@code Iterable} or {@code Iterator} or {@code Stream} of those, an
 * {@code InputStream}, a {@code Path}, or {@code null}.
 */
public final class Response {
  private int status = 200;
  private String reason = "OK";
  private String invalidStatus;
  private final HeaderMap headers = new HeaderMap();
  private Object body;

  /** The body once finalised ({@link #finish}), or {@code null} while it is whatever was set. */
  private ResponseBody finished;

  private boolean stream;
  private Cookies cookies;

  /** A finished plain-text response, for answers made before any application sees the request. */
  public static Response plainText(int status, String message) {
    Response r = new Response();
    r.setStatus(status);
    r.headers().put("Content-Type", "text/plain");
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    r.headers().put("Content-Length", Integer.toString(body.length));
    r.setBody(body);
    return r;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The reason phrase sent with the status. */
  public String reason() {
    return reason;
  }

  /** {@code "200 OK"}. */
  public String statusLine() {
    return reason.isEmpty() ? Integer.toString(status) : status + " " + reason;
  }

  /**
   * Sets the status with its standard reason phrase; an illegal code fails when the response is
   * finalised.
   */
  public void setStatus(int status) {
    this.status = status;
    this.reason = Status.reasonOf(status);
    this.invalidStatus = status < 100 || status > 599 ? status + " is out of range" : null;
  }

  /** Sets the status as {@code "code"} or {@code "code reason"} ({@code "418 Teapot"}). */
  public void setStatus(String status) {
    try {
      Status s = Status.parse(status);
      this.status = s.code();
      this.reason = s.reason();
      this.invalidStatus = null;
    } catch (IllegalArgumentException e) {
      this.status = 500;
      this.reason = Status.reasonOf(500);
      this.invalidStatus = e.getMessage();
    }
  }

  /**
   * Why the status set last is not a legal one ({@code "700 is out of range"}), or {@code null}.
   * Finalising such a response gives a 500.
   */
  public String invalidStatus() {
    return invalidStatus;
  }

  public HeaderMap headers() {
    return headers;
  }

  /**
   * The cookies to set, CherryPy's {@code response.cookie}; each becomes a {@code Set-Cookie} line
   * after the other headers.
   */
  public Cookies cookies() {
    if (cookies == null) {
      cookies = new Cookies();
    }
    return cookies;
  }

  /** Whether any cookie is to be set (without making the empty set). */
  public boolean hasCookies() {
    return cookies != null && !cookies.isEmpty();
  }

  /**
   * The body: what the handler or a tool set, until the application finalises it into bytes or
   * (streamed) an iterator of byte chunks.
   */
  public Object body() {
    return body;
  }

  public void setBody(Object body) {
    this.body = body;
    this.finished = null;
  }

  /** Makes {@code body} the finalised body: what the server writes. */
  public void finish(ResponseBody body) {
    this.body = body.value();
    this.finished = body;
  }

  /**
   * The body the server writes: the finalised one, or bytes set after finalising (an answer made
   * before any application saw the request); anything else is no body.
   */
  public ResponseBody written() {
    ResponseBody f = finished;
    if (f == null) {
      f = body instanceof byte[] ? new ResponseBody.Bytes((byte[]) body) : ResponseBody.EMPTY;
      finished = f;
    }
    return f;
  }

  /** Whether the body is sent as it is produced (chunked) rather than collected first. */
  public boolean stream() {
    return stream;
  }

  public void setStream(boolean stream) {
    this.stream = stream;
  }
}
