package org.jcherry.http;

import java.util.HashMap;
import java.util.Map;

/**
 * An HTTP status code with its reason phrase. Phrases and the long messages of error pages are
 * CherryPy's (Python 3.11's {@code http.HTTPStatus} table, with CherryPy's own 500 and 503 texts),
 * so error pages read the same as CherryPy's.
 */
public final class Status {
  private static final Map<Integer, String[]> TABLE = new HashMap<>();

  private final int code;
  private final String reason;

  private Status(int code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  public int code() {
    return code;
  }

  /** The reason phrase; empty for a code without a standard phrase. */
  public String reason() {
    return reason;
  }

  /** A status with its standard reason phrase; a code outside 100-599 is rejected. */
  public static Status of(int code) {
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException(code + " is out of range");
    }
    String[] e = TABLE.get(code);
    return new Status(code, e == null ? "" : e[0]);
  }

  /**
   * Reads {@code "404"} or {@code "418 Teapot"} as CherryPy does: the code is what comes before the
   * first space, a custom reason phrase is kept, an empty status is 200.
   */
  public static Status parse(String status) {
    if (status == null || status.isEmpty()) {
      return of(200);
    }
    int space = status.indexOf(' ');
    String digits = space < 0 ? status : status.substring(0, space);
    int code;
    try {
      code = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PythonText.repr(digits) + " is non-numeric");
    }
    Status standard = of(code);
    String reason = space < 0 ? "" : status.substring(space + 1).strip();
    return reason.isEmpty() ? standard : new Status(code, reason);
  }

  /** The standard phrase of {@code code}, or empty. */
  public static String reasonOf(int code) {
    String[] e = TABLE.get(code);
    return e == null ? "" : e[0];
  }

  /** The explanation CherryPy shows on an error page when the error carries no message. */
  public static String longMessage(int code) {
    String[] e = TABLE.get(code);
    return e == null ? "" : e[1];
  }

  /** {@code "404 Not Found"}. */
  @Override
  public String toString() {
    return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
  }

  private static void e(int code, String reason, String message) {
    TABLE.put(code, new String[] {reason, message});
  }

  static {
    e(100, "Continue", "Request received, please continue");
    e(101, "Switching Protocols", "Switching to new protocol; obey Upgrade header");
    e(102, "Processing", "");
    e(103, "Early Hints", "");
    e(200, "OK", "Request fulfilled, document follows");
    e(201, "Created", "Document created, URL follows");
    e(202, "Accepted", "Request accepted, processing continues off-line");
    e(203, "Non-Authoritative Information", "Request fulfilled from cache");
    e(204, "No Content", "Request fulfilled, nothing follows");
    e(205, "Reset Content", "Clear input form for further input");
    e(206, "Partial Content", "Partial content follows");
    e(207, "Multi-Status", "");
    e(208, "Already Reported", "");
    e(226, "IM Used", "");
    e(300, "Multiple Choices", "Object has several resources -- see URI list");
    e(301, "Moved Permanently", "Object moved permanently -- see URI list");
    e(302, "Found", "Object moved temporarily -- see URI list");
    e(303, "See Other", "Object moved -- see Method and URL list");
    e(304, "Not Modified", "Document has not changed since given time");
    e(305, "Use Proxy", "You must use proxy specified in Location to access this resource");
    e(307, "Temporary Redirect", "Object moved temporarily -- see URI list");
    e(308, "Permanent Redirect", "Object moved permanently -- see URI list");
    e(400, "Bad Request", "Bad request syntax or unsupported method");
    e(401, "Unauthorized", "No permission -- see authorization schemes");
    e(402, "Payment Required", "No payment -- see charging schemes");
    e(403, "Forbidden", "Request forbidden -- authorization will not help");
    e(404, "Not Found", "Nothing matches the given URI");
    e(405, "Method Not Allowed", "Specified method is invalid for this resource");
    e(406, "Not Acceptable", "URI not available in preferred format");
    e(
        407,
        "Proxy Authentication Required",
        "You must authenticate with this proxy before proceeding");
    e(408, "Request Timeout", "Request timed out; try again later");
    e(409, "Conflict", "Request conflict");
    e(410, "Gone", "URI no longer exists and has been permanently removed");
    e(411, "Length Required", "Client must specify Content-Length");
    e(412, "Precondition Failed", "Precondition in headers is false");
    e(413, "Request Entity Too Large", "Entity is too large");
    e(414, "Request-URI Too Long", "URI is too long");
    e(415, "Unsupported Media Type", "Entity body in unsupported format");
    e(416, "Requested Range Not Satisfiable", "Cannot satisfy request range");
    e(417, "Expectation Failed", "Expect condition could not be satisfied");
    e(418, "I'm a Teapot", "Server refuses to brew coffee because it is a teapot.");
    e(421, "Misdirected Request", "Server is not able to produce a response");
    e(422, "Unprocessable Entity", "");
    e(423, "Locked", "");
    e(424, "Failed Dependency", "");
    e(425, "Too Early", "");
    e(426, "Upgrade Required", "");
    e(428, "Precondition Required", "The origin server requires the request to be conditional");
    e(
        429,
        "Too Many Requests",
        "The user has sent too many requests in a given amount of time (\"rate limiting\")");
    e(
        431,
        "Request Header Fields Too Large",
        "The server is unwilling to process the request because its header fields are too large");
    e(
        451,
        "Unavailable For Legal Reasons",
        "The server is denying access to the resource as a consequence of a legal demand");
    e(
        500,
        "Internal Server Error",
        "The server encountered an unexpected condition which prevented it from fulfilling the request.");
    e(501, "Not Implemented", "Server does not support this operation");
    e(502, "Bad Gateway", "Invalid responses from another server/proxy");
    e(
        503,
        "Service Unavailable",
        "The server is currently unable to handle the request due to a temporary overloading or maintenance of the server.");
    e(504, "Gateway Timeout", "The gateway server did not receive a timely response");
    e(505, "HTTP Version Not Supported", "Cannot fulfill request");
    e(506, "Variant Also Negotiates", "");
    e(507, "Insufficient Storage", "");
    e(508, "Loop Detected", "");
    e(510, "Not Extended", "");
    e(
        511,
        "Network Authentication Required",
        "The client needs to authenticate to gain network access");
  }
}
