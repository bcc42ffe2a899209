package org.jcherry.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import org.jcherry.common.PythonLiteral;
import org.jcherry.processor.model.Annotations.Text;

/**
 * Splits {@code "key = value"} config strings on the first {@code =} and parses each value with the
 * runtime's own {@link PythonLiteral}, so compile time and config files read values alike.
 */
final class ConfigReader {
  private ConfigReader() {}

  /** The entries of the {@code String[]} member {@code member} of {@code annotation}. */
  static List<ConfigEntry> read(Element element, AnnotationMirror annotation, String member) {
    List<ConfigEntry> out = new ArrayList<>();
    for (Text text : Annotations.texts(annotation, member)) {
      out.add(entry(element, annotation, text));
    }
    return out;
  }

  private static ConfigEntry entry(Element element, AnnotationMirror annotation, Text text) {
    String written = text.text();
    int eq = written.indexOf('=');
    if (eq < 0) {
      return ConfigEntry.malformed(
          element, annotation, text.source(), written, null, "it has no '='");
    }
    String key = written.substring(0, eq).trim();
    try {
      Object value = PythonLiteral.parse(written.substring(eq + 1));
      return ConfigEntry.parsed(element, annotation, text.source(), written, key, value);
    } catch (IllegalArgumentException e) {
      return ConfigEntry.malformed(
          element, annotation, text.source(), written, key, e.getMessage());
    }
  }
}
