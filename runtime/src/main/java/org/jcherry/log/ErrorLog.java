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
 * and with {@code log.error_file} to that file. Process-wide, as CherryPy's: the last configured
 * settings win.
 */
public final class ErrorLog {
  /** Python's logging levels, which CherryPy's {@code severity} arguments use. */
  public static final int DEBUG = 10;

  public static final int INFO = 20;
  public static final int WARNING = 30;
  public static final int ERROR = 40;

  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.error");

  private record Sinks(boolean screen, LineFile file) {}

  /** Nothing but SLF4J until a config says otherwise, so libraries and tests stay quiet. */
  private static volatile Sinks sinks = new Sinks(false, null);

  private ErrorLog() {}

  /** Applies {@code log.screen} and {@code log.error_file} of {@code config}. */
  public static synchronized void configure(Map<String, Object> config) {
    Path file = LogSettings.file(config, "log.error_file");
    LineFile old = sinks.file();
    LineFile next;
    if (file == null) {
      next = null;
    } else if (old != null && old.path().equals(file)) {
      next = old;
    } else {
      next = new LineFile(file);
    }
    if (old != null && old != next) {
      old.close();
    }
    sinks = new Sinks(LogSettings.screen(config), next);
  }

  /** Reopens the error file after rotation, CherryPy's {@code reopen_files()}. */
  public static void reopen() {
    LineFile f = sinks.file();
    if (f != null) {
      f.reopen();
    }
  }

  public static void error(String context, String message, Throwable traceback) {
    log(context, message, ERROR, traceback);
  }

  /** CherryPy's {@code cherrypy.log(msg, context, severity, traceback)}. */
  public static void log(String context, String message, int level, Throwable traceback) {
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
    Sinks s = sinks;
    if (s.screen() || s.file() != null) {
      String line =
          LogLine.now()
              + " "
              + context
              + " "
              + message
              + (traceback == null ? "" : "\n" + trace(traceback));
      if (s.screen()) {
        System.err.println(line);
      }
      if (s.file() != null) {
        s.file().append(line);
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
