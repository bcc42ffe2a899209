package org.jcherry.log;

import java.util.Map;

/** Reading the {@code log.*} config keys both logs share. */
final class LogSettings {
  private LogSettings() {}

  /** {@code log.screen}: on unless set false, as CherryPy's global default. */
  static boolean screen(Map<String, Object> config) {
    Object v = config.get("log.screen");
    if (v == null) {
      return true;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    String s = v.toString().trim();
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return true;
    }
    if (s.equalsIgnoreCase("false") || s.equals("0") || s.equalsIgnoreCase("none")) {
      return false;
    }
    throw new IllegalArgumentException("log.screen must be True or False, not '" + v + "'");
  }
}
