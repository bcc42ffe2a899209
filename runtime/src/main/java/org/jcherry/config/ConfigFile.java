package org.jcherry.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.common.PythonLiteral;

/**
 * Reads a config file in CherryPy's INI format into sections of entries, ready for {@code
 * Cherry.quickstart}, {@code Tree.mount}, {@code Application.merge} or {@code GlobalConfig.update}:
 *
 * <pre>
 * [DEFAULT]
 * root: '/srv/site'
 *
 * [global]
 * environment: 'production'
 * server.socket_port = 8080
 *
 * [/static]
 * tools.staticdir.on = True
 * tools.staticdir.dir = %(root)s + '/static'
 * </pre>
 *
 * As Python's ConfigParser reads it for CherryPy: a section header per line ({@code [global]},
 * {@code [/path]}); {@code key: value} or {@code key = value}, split at the first {@code :} or
 * {@code =}, keys kept as written (case included); lines indented under an entry continue its
 * value; whole-line comments start with {@code #} or {@code ;}. {@code %(name)s} is replaced by the
 * raw text of entry {@code name} of the same section or of {@code [DEFAULT]} (nested up to 10
 * deep), {@code %%} is a percent sign; {@code [DEFAULT]} entries are also entries of every other
 * section. Each value is then read by {@link PythonLiteral}. Anything wrong fails with a {@link
 * IllegalArgumentException} naming the file, line, section and key.
 */
public final class ConfigFile {
  private static final String DEFAULT = "DEFAULT";
  private static final int MAX_DEPTH = 10;

  /**
   * The longest value interpolation may make: ten levels of references that each name the level
   * below many times would otherwise grow exponentially (the "billion laughs" shape).
   */
  private static final int MAX_VALUE_LENGTH = 1 << 20;

  /** The most references one value's interpolation may expand (empty ones cost time, not room). */
  private static final int MAX_EXPANSIONS = 10_000;

  private final String name;
  private final Map<String, Map<String, String>> raw = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> lines = new LinkedHashMap<>();

  /** The references expanded so far for the value being interpolated. */
  private int expansions;

  private ConfigFile(String name) {
    this.name = name;
  }

  /** The sections of {@code file}, in file order, each entry's value parsed. */
  public static Map<String, Map<String, Object>> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read config file " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** The sections of {@code text}; {@code name} (a file name) is used in messages. */
  public static Map<String, Map<String, Object>> parse(String text, String name) {
    ConfigFile f = new ConfigFile(name);
    f.split(text);
    return f.values();
  }

  /** Splits the text into sections of raw values. */
  private void split(String text) {
    String section = null;
    String key = null;
    int keyIndent = 0;
    String[] all = text.split("\r\n|\r|\n", -1);
    for (int n = 0; n < all.length; n++) {
      String line = all[n];
      int lineNo = n + 1;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        key = null;
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (key != null && indent > keyIndent) {
        Map<String, String> entries = raw.get(section);
        entries.put(key, entries.get(key) + "\n" + trimmed);
        continue;
      }
      key = null;
      if (trimmed.startsWith("[")) {
        if (!trimmed.endsWith("]")) {
          throw error(lineNo, null, null, "a section header must end with ']': " + trimmed);
        }
        section = trimmed.substring(1, trimmed.length() - 1).strip();
        if (raw.containsKey(section)) {
          throw error(lineNo, section, null, "the section is already defined above");
        }
        raw.put(section, new LinkedHashMap<>());
        lines.put(section, new LinkedHashMap<>());
        continue;
      }
      if (section == null) {
        throw error(
            lineNo,
            null,
            null,
            "an entry before the first section header; start with [global] or [/]");
      }
      int colon = trimmed.indexOf(':');
      int equals = trimmed.indexOf('=');
      int at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
      if (at <= 0) {
        throw error(
            lineNo, section, null, "expected 'key: value' or 'key = value', not: " + trimmed);
      }
      key = trimmed.substring(0, at).strip();
      if (raw.get(section).containsKey(key)) {
        throw error(lineNo, section, key, "the key is already set in this section");
      }
      raw.get(section).put(key, trimmed.substring(at + 1).strip());
      lines.get(section).put(key, lineNo);
      keyIndent = indent;
    }
  }

  /** Every section but {@code [DEFAULT]}, with the defaults added, interpolated and parsed. */
  private Map<String, Map<String, Object>> values() {
    Map<String, String> defaults = raw.getOrDefault(DEFAULT, Map.of());
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> s : raw.entrySet()) {
      String section = s.getKey();
      if (section.equals(DEFAULT)) {
        continue;
      }
      Map<String, String> visible = new LinkedHashMap<>(s.getValue());
      defaults.forEach(visible::putIfAbsent);
      Map<String, Object> parsed = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : visible.entrySet()) {
        String key = e.getKey();
        int line = lines.get(s.getValue().containsKey(key) ? section : DEFAULT).get(key);
        expansions = 0;
        String text = interpolate(e.getValue(), visible, line, section, key, 1);
        try {
          parsed.put(key, PythonLiteral.parse(text));
        } catch (IllegalArgumentException bad) {
          throw error(line, section, key, "the value is not a config literal: " + bad.getMessage());
        }
      }
      out.put(section, Collections.unmodifiableMap(parsed));
    }
    return Collections.unmodifiableMap(out);
  }

  private String interpolate(
      String value, Map<String, String> visible, int line, String section, String key, int depth) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    if (depth > MAX_DEPTH) {
      throw error(
          line,
          section,
          key,
          "%(...)s references nest more than " + MAX_DEPTH + " deep (a cycle?)");
    }
    StringBuilder sb = new StringBuilder(value.length());
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c != '%') {
        sb.append(c);
        i++;
      } else if (value.startsWith("%%", i)) {
        sb.append('%');
        i += 2;
      } else if (value.startsWith("%(", i) && value.indexOf(")s", i) > 0) {
        int close = value.indexOf(")s", i);
        String ref = value.substring(i + 2, close);
        if (++expansions > MAX_EXPANSIONS) {
          throw error(
              line, section, key, "more than " + MAX_EXPANSIONS + " %(...)s references to expand");
        }
        String target = visible.get(ref);
        if (target == null) {
          throw error(
              line, section, key, "%(" + ref + ")s names no key of this section or of [DEFAULT]");
        }
        sb.append(interpolate(target, visible, line, section, key, depth + 1));
        if (sb.length() > MAX_VALUE_LENGTH) {
          throw error(
              line,
              section,
              key,
              "%(...)s references make a value longer than " + MAX_VALUE_LENGTH + " characters");
        }
        i = close + 2;
      } else {
        throw error(
            line,
            section,
            key,
            "'%' must be followed by '%' or '(name)s'; write %% for a percent sign");
      }
    }
    return sb.toString();
  }

  private IllegalArgumentException error(int line, String section, String key, String problem) {
    StringBuilder where =
        new StringBuilder("Config error in ").append(name).append(", line ").append(line);
    if (section != null) {
      where.append(", section [").append(section).append(']');
    }
    if (key != null) {
      where.append(", key '").append(key).append('\'');
    }
    return new IllegalArgumentException(where.append(": ").append(problem).toString());
  }
}
