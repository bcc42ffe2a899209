package org.jcherry.log;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log, CherryPy's {@code cherrypy.access}: one line per request after its response, in
 * CherryPy's format {@code {h} {l} {u} {t} "{r}" {s} {b} "{f}" "{a}"}, for example {@code 127.0.0.1
 * - - [26/Nov/2026:19:27:45] "GET /x HTTP/1.1" 200 6 "http://r/" "curl/8"}. Lines go to the SLF4J
 * logger {@code org.jcherry.access.<app>} (the app's script name with dots for slashes, so backends
 * that propagate by name also see them on {@code org.jcherry.access}), to stdout with {@code
 * log.screen}, and to {@code log.access_file}.
 */
public final class AccessLog {
  private static final String ROOT_NAME = "org.jcherry.access";
  private static final Logger ROOT = LoggerFactory.getLogger(ROOT_NAME);

  private final boolean screen;
  private final LineFile file;
  private final Map<String, Logger> appLoggers = new ConcurrentHashMap<>();

  private AccessLog(boolean screen, LineFile file) {
    this.screen = screen;
    this.file = file;
  }

  /** An access log that writes nothing but what an SLF4J backend asks for. */
  public static AccessLog slf4jOnly() {
    return new AccessLog(false, null);
  }

  /**
   * The access log {@code log.screen} (default on, as CherryPy) and {@code log.access_file} ask
   * for.
   */
  public static AccessLog from(Map<String, Object> config) {
    Path file = LogSettings.file(config, "log.access_file");
    return new AccessLog(LogSettings.screen(config), file == null ? null : new LineFile(file));
  }

  /** Whether a line would go anywhere: the server skips all per-request logging work otherwise. */
  public boolean enabled() {
    return screen || file != null || ROOT.isInfoEnabled();
  }

  /**
   * Writes the line of one request. {@code login}, {@code contentLength}, {@code referer} and
   * {@code userAgent} may be {@code null}.
   */
  public void log(
      String scriptName,
      String remoteHost,
      String login,
      String requestLine,
      int status,
      String contentLength,
      String referer,
      String userAgent) {
    String line =
        LogLine.escape(remoteHost)
            + " - "
            + (login == null || login.isEmpty() ? "-" : LogLine.escape(login))
            + " "
            + LogLine.now()
            + " \""
            + LogLine.escape(requestLine)
            + "\" "
            + status
            + " "
            + (contentLength == null || contentLength.isEmpty()
                ? "-"
                : LogLine.escape(contentLength))
            + " \""
            + (referer == null ? "" : LogLine.escape(referer))
            + "\" \""
            + (userAgent == null ? "" : LogLine.escape(userAgent))
            + "\"";
    logger(scriptName).info(line);
    if (screen) {
      PrintStream out = System.out;
      out.println(line);
    }
    if (file != null) {
      file.append(line);
    }
  }

  /** Reopens the access file after rotation, CherryPy's {@code reopen_files()}. */
  public void reopen() {
    if (file != null) {
      file.reopen();
    }
  }

  public void close() {
    if (file != null) {
      file.close();
    }
  }

  private Logger logger(String scriptName) {
    if (scriptName == null || scriptName.isEmpty()) {
      return ROOT;
    }
    return appLoggers.computeIfAbsent(
        scriptName, sn -> LoggerFactory.getLogger(ROOT_NAME + sn.replace('/', '.')));
  }
}
