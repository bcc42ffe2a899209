package org.jcherry.log;

import java.nio.file.Path;
import java.util.Map;
import org.jcherry.config.Setting;

/** The {@code log.*} config keys both logs read. */
final class LogSettings {
  private LogSettings() {}

  /** {@code log.screen}: on unless set false, as CherryPy's global default. */
  private static final Setting<Boolean> SCREEN = Setting.bool("log.screen", true);

  private static final String WHERE = "the global config";

  static boolean screen(Map<String, Object> config) {
    return SCREEN.from(config, WHERE);
  }

  /**
   * {@code log.access_file} or {@code log.error_file}: a path, or {@code null} when unset or empty.
   */
  static Path file(Map<String, Object> config, String key) {
    String name = Setting.string(key, "").from(config, WHERE);
    return name.isEmpty() ? null : Path.of(name);
  }
}
