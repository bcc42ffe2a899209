package org.jcherry.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error log, CherryPy's {@code cherrypy.log} / {@code cherrypy.error}: engine messages (context
 * {@code ENGINE}), request errors ({@code HTTP}) with their tracebacks, tools ({@code TOOLS.X}).
 * Every message goes to the SLF4J logger {@code org.jcherry.error}; with {@code log.screen} a line
 * {@code [26/Nov/2026:19:27:45] ENGINE message} (traceback on the following lines) goes to stderr,
 * and with {@code log.error_file} to that file.
 *
 * <p>Each engine owns one error log ({@link #from}), so two apps or test servers in one JVM keep
 * their own screen and file settings. The static methods write to the log bound to the current
 * thread (a request thread is bound to its engine's log when it first serves), else to the process
 * log, which only {@code Cherry}'s engine sets.
 */
public final class ErrorLog {
  /** Python's logging levels, which CherryPy's {@code severity} arguments use. */
  public static final int DEBUG = 10;

  public static final int INFO = 20;
  public static final int WARNING = 30;
  public static final int ERROR = 40;

  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.error");

  /** Nothing but SLF4J until a config says otherwise, so libraries and tests stay quiet. */
  private static final ErrorLog QUIET = new ErrorLog(false, null);

  private static volatile ErrorLog process = QUIET;
  private static final ThreadLocal<ErrorLog> BOUND = new ThreadLocal<>();

  private final boolean screen;
  private final LineFile file;

  private ErrorLog(boolean screen, LineFile file) {
    this.screen = screen;
    this.file = file;
  }

  /** A log that writes to SLF4J only. */
  public static ErrorLog quiet() {
    return QUIET;
  }

  /**
   * The log {@code log.screen} and {@code log.error_file} of {@code config} ask for; it keeps the
   * file of {@code previous} when that names the same path (and closes it otherwise).
   */
  public static ErrorLog from(Map<String, Object> config, ErrorLog previous) {
    Path name = LogSettings.file(config, "log.error_file");
    LineFile old = previous == null ? null : previous.file;
    LineFile next;
    if (name == null) {
      next = null;
    } else if (old != null && old.isOpen() && old.path().equals(name)) {
      next = old;
    } else {
      next = new LineFile(name);
    }
    if (old != null && old != next) {
      old.close();
    }
    return new ErrorLog(LogSettings.screen(config), next);
  }

  /** Applies {@code log.screen} and {@code log.error_file} of {@code config} to the process log. */
  public static synchronized void configure(Map<String, Object> config) {
    setProcess(from(config, process));
  }

  /** Makes {@code log} the one threads not bound to an engine write to. */
  public static synchronized void setProcess(ErrorLog log) {
    process = log == null ? QUIET : log;
  }

  /** Makes this the log of messages logged on the current thread (a request thread). */
  public void bindToCurrentThread() {
    BOUND.set(this);
  }

  /** Reopens the error file after rotation, CherryPy's {@code reopen_files()}. */
  public void reopen() {
    if (file != null) {
      file.reopen();
    }
  }

  /** Closes the error file, if any. */
  public void close() {
    if (file != null) {
      file.close();
    }
  }

  public static void error(String context, String message, Throwable traceback) {
    log(context, message, ERROR, traceback);
  }

  /**
   * CherryPy's {@code cherrypy.log(msg, context, severity, traceback)}, to the current thread's
   * log.
   */
  public static void log(String context, String message, int level, Throwable traceback) {
    ErrorLog bound = BOUND.get();
    (bound != null ? bound : process).write(context, message, level, traceback);
  }

  /** Writes one message to SLF4J and to this log's screen and file. */
  public void write(String context, String message, int level, Throwable traceback) {
    String tagged = context.isEmpty() ? message : "[" + context + "] " + message;
    if (level >= ERROR) {
      LOG.error(tagged, traceback);
    } else if (level >= WARNING) {
      LOG.warn(tagged, traceback);
    } else if (level >= INFO) {
      LOG.info(tagged, traceback);
    } else {
      LOG.debug(tagged, traceback);
    }
    if (screen || file != null) {
      String line =
          LogLine.now()
              + " "
              + context
              + " "
              + message
              + (traceback == null ? "" : "\n" + trace(traceback));
      if (screen) {
        System.err.println(line);
      }
      if (file != null) {
        file.append(line);
      }
    }
  }

  private static String trace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    String s = w.toString();
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
