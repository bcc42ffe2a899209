package org.jcherry.processor.write;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jcherry.processor.model.HandlerMethodModel;

/**
 * Names of the generated constants: {@code sayHello} gets {@code SAY_HELLO} and {@code
 * SAY_HELLO_CONFIG}; {@code default_} gets {@code DEFAULT}. A clash (with another handler, or with
 * the class's {@code CONFIG} and {@code HANDLERS}) adds a number.
 */
final class ConstantNames {
  private static final List<String> SUFFIXES = List.of("", "_CONFIG");
  private final Map<HandlerMethodModel, String> names;

  private ConstantNames(Map<HandlerMethodModel, String> names) {
    this.names = names;
  }

  static ConstantNames of(List<HandlerMethodModel> handlers) {
    Set<String> used = new HashSet<>(Set.of("CONFIG", DispatchTableWriter.HANDLERS));
    Map<HandlerMethodModel, String> names = new HashMap<>();
    for (HandlerMethodModel h : handlers) {
      String base = upperSnake(h.methodName());
      String name = base;
      for (int n = 2; taken(used, name); n++) {
        name = base + "_" + n;
      }
      for (String suffix : SUFFIXES) {
        used.add(name + suffix);
      }
      names.put(h, name);
    }
    return new ConstantNames(names);
  }

  private static boolean taken(Set<String> used, String name) {
    for (String suffix : SUFFIXES) {
      if (used.contains(name + suffix)) {
        return true;
      }
    }
    return false;
  }

  String handler(HandlerMethodModel h) {
    return names.get(h);
  }

  String config(HandlerMethodModel h) {
    return names.get(h) + "_CONFIG";
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
