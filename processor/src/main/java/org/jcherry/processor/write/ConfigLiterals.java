package org.jcherry.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcherry.processor.model.ConfigEntry;

/**
 * Config values as Java literals of the types the runtime reads: {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code List.of(...)} and {@code Map.ofEntries(...)}.
 */
final class ConfigLiterals {
  private ConfigLiterals() {}

  /** {@code Map.of()}, or {@code Map.ofEntries(Map.entry("key", value), ...)} one entry a line. */
  static CodeBlock map(List<ConfigEntry> entries) {
    List<CodeBlock> items = new ArrayList<>();
    for (ConfigEntry e : entries) {
      items.add(CodeBlock.of("$T.entry($S, $L)", Map.class, e.key(), value(e.value())));
    }
    return entries(items);
  }

  static CodeBlock value(Object value) {
    if (value instanceof String) {
      return CodeBlock.of("$S", value);
    }
    if (value instanceof Boolean) {
      return CodeBlock.of("$L", value);
    }
    if (value instanceof Long) {
      return CodeBlock.of("$LL", value);
    }
    if (value instanceof Double) {
      return doubleLiteral((Double) value);
    }
    if (value instanceof List) {
      List<CodeBlock> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(value(item));
      }
      return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
    }
    if (value instanceof Map) {
      List<CodeBlock> items = new ArrayList<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        items.add(
            CodeBlock.of("$T.entry($L, $L)", Map.class, value(e.getKey()), value(e.getValue())));
      }
      return entries(items);
    }
    throw new IllegalArgumentException("not a config value: " + value);
  }

  private static CodeBlock entries(List<CodeBlock> items) {
    if (items.isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    if (items.size() == 1) {
      return CodeBlock.of("$T.ofEntries($L)", Map.class, items.get(0));
    }
    return CodeBlock.of("$T.ofEntries(\n$>$>$L$<$<)", Map.class, CodeBlock.join(items, ",\n"));
  }

  private static CodeBlock doubleLiteral(double d) {
    if (Double.isNaN(d)) {
      return CodeBlock.of("$T.NaN", Double.class);
    }
    if (Double.isInfinite(d)) {
      return CodeBlock.of("$T.$L", Double.class, d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
    }
    return CodeBlock.of("$L", Double.toString(d));
  }
}
