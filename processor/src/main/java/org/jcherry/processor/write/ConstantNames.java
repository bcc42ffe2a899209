package org.jcherry.processor.write;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jcherry.processor.model.HandlerMethodModel;

/**
 * Names of the generated config constants: {@code sayHello} gets {@code SAY_HELLO_CONFIG}; {@code
 * default_} gets {@code DEFAULT_CONFIG}; only a handler with config has one. A clash (between
 * {@code sayHello} and {@code say_hello}) adds a number.
 */
final class ConstantNames {
  private static final String SUFFIX = "_CONFIG";
  private final Map<HandlerMethodModel, String> names;

  private ConstantNames(Map<HandlerMethodModel, String> names) {
    this.names = names;
  }

  static ConstantNames of(List<HandlerMethodModel> handlers) {
    Set<String> used = new HashSet<>();
    Map<HandlerMethodModel, String> names = new HashMap<>();
    for (HandlerMethodModel h : handlers) {
      if (h.config().isEmpty()) {
        continue;
      }
      String base = upperSnake(h.methodName());
      String name = base + SUFFIX;
      for (int n = 2; !used.add(name); n++) {
        name = base + "_" + n + SUFFIX;
      }
      names.put(h, name);
    }
    return new ConstantNames(names);
  }

  String config(HandlerMethodModel h) {
    return names.get(h);
  }

  /**
   * {@code sayHello} and {@code say_hello} give {@code SAY_HELLO}; {@code getURL} gives {@code
   * GET_URL}.
   */
  static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char prev = name.charAt(i - 1);
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(prev)
            || Character.isDigit(prev)
            || Character.isUpperCase(prev) && nextLower) {
          out.append('_');
        }
      }
      out.append(c);
    }
    String upper = out.toString().toUpperCase(Locale.ROOT);
    int end = upper.length();
    while (end > 1 && upper.charAt(end - 1) == '_') {
      end--;
    }
    String result = upper.substring(0, end);
    return result.equals("_") ? "HANDLER" : result;
  }
}
