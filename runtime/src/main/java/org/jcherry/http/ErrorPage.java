package org.jcherry.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The HTML page of an error response. The default page carries the status in {@code <title>} and
 * {@code <h2>}, the message in {@code <p>} and the stack trace (when shown) in {@code <pre
 * id="traceback">}, as CherryPy's does. {@code error_page.<code>} may name a template file using
 * {@code %(status)s}, {@code %(message)s}, {@code %(traceback)s} and {@code %(version)s}, or hold a
 * {@link Renderer}.
 */
public final class ErrorPage {
  private ErrorPage() {}

  public static final String VERSION = "JCherry 0.1.0";

  /**
   * CherryPy's default page is 680 bytes besides its status (twice), message and traceback. Ours is
   * padded to the same length, so an error answer has the same {@code Content-Length} (a HEAD
   * request shows it) and is padded for old browsers the same way.
   */
  private static final int CHERRYPY_PAGE_LENGTH = 680;

  private static final String TEMPLATE =
      padded(
          "<!DOCTYPE html>\n"
              + "<html>\n"
              + "<head>\n"
              + "  <meta charset=\"utf-8\">\n"
              + "  <title>%(status)s</title>\n"
              + "  <style>\n"
              + "    body { font-family: sans-serif; margin: 2em; }\n"
              + "    #traceback { color: #a00; }\n"
              + "    footer { margin-top: 2em; border-top: 1px solid #888; font-style: italic; }\n"
              + "  </style>\n"
              + "</head>\n"
              + "<body>\n"
              + "  <h2>%(status)s</h2>\n"
              + "  <p>%(message)s</p>\n"
              + "  <pre id=\"traceback\">%(traceback)s</pre>\n"
              + "  <footer>Served by %(version)s</footer>\n"
              + "</body>\n"
              + "</html>\n");

  /** An {@code error_page} given as code: its result is sent as it is (a String as UTF-8). */
  @FunctionalInterface
  public interface Renderer {
    Object render(String status, String message, String traceback, String version) throws Exception;
  }

  /**
   * Bodies shorter than this many bytes are padded with spaces, as CherryPy does for old browsers.
   */
  private static final Map<Integer, Integer> PADDED_SIZE =
      Map.ofEntries(
          Map.entry(400, 513),
          Map.entry(403, 257),
          Map.entry(404, 513),
          Map.entry(405, 257),
          Map.entry(406, 513),
          Map.entry(408, 513),
          Map.entry(409, 513),
          Map.entry(410, 257),
          Map.entry(500, 513),
          Map.entry(501, 513),
          Map.entry(505, 513));

  /**
   * Renders the page for {@code status} ({@code "404 Not Found"}) with {@code custom} (a file name,
   * a {@link Renderer}, or {@code null} for the default page). Sets {@code Content-Type} unless a
   * renderer made the page.
   */
  public static byte[] render(
      Object custom, String status, String message, String traceback, Response response) {
    String s = escape(status);
    String m = message == null ? "" : escape(message);
    String t = traceback == null ? "" : escape(traceback);
    String v = escape(VERSION);
    String template = TEMPLATE;
    if (custom != null) {
      try {
        if (custom instanceof Renderer) {
          Object out = ((Renderer) custom).render(s, m, t, v);
          return out instanceof byte[]
              ? (byte[]) out
              : String.valueOf(out).getBytes(StandardCharsets.UTF_8);
        }
        template = Files.readString(Path.of(custom.toString()), StandardCharsets.UTF_8);
      } catch (Exception e) {
        m =
            (m.isEmpty() ? "" : m + "<br />")
                + "In addition, the custom error page failed:\n<br />"
                + escape(String.valueOf(e));
        template = TEMPLATE;
      }
    }
    response.headers().put("Content-Type", "text/html;charset=utf-8");
    return fill(template, s, m, t, v).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code template} with spaces before {@code </body>} up to CherryPy's length. */
  private static String padded(String template) {
    int fixed = fill(template, "", "", "", escape(VERSION)).length();
    int at = template.indexOf("</body>");
    return template.substring(0, at)
        + " ".repeat(Math.max(0, CHERRYPY_PAGE_LENGTH - fixed))
        + template.substring(at);
  }

  /** Pads {@code body} for the statuses where CherryPy does. */
  public static byte[] pad(int code, byte[] body) {
    Integer size = PADDED_SIZE.get(code);
    if (size == null || body.length == 0 || body.length >= size) {
      return body;
    }
    byte[] out = new byte[size];
    System.arraycopy(body, 0, out, 0, body.length);
    java.util.Arrays.fill(out, body.length, size, (byte) ' ');
    return out;
  }

  /** HTML escaping of text, as CherryPy's pages do it: {@code &}, {@code <} and {@code >}. */
  public static String escape(String s) {
    return escape(s, false);
  }

  /** HTML escaping of a double-quoted attribute value. */
  public static String escapeAttribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean quotes) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append(quotes ? "&quot;" : "\"");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String fill(
      String template, String status, String message, String traceback, String version) {
    return template
        .replace("%(status)s", status)
        .replace("%(message)s", message)
        .replace("%(traceback)s", traceback)
        .replace("%(version)s", version)
        .replace("%%", "%");
  }
}
