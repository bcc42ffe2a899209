package org.jcherry.processor.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jcherry.processor.model.ConfigEntry;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;

/**
 * Rules for {@code @CpConfig} entries: {@code "namespace.key = value"} with a value that parses as
 * a Python literal, no {@code None} (a generated {@code Map.of} cannot hold it, and leaving the
 * entry out already means "the default"), and no key set twice in one annotation.
 */
final class ConfigValidator implements ClassValidator {
  private static final Pattern NAMESPACED_KEY =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+");
  private static final Pattern GLOBAL_KEY =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    check(model.config(), "@CpConfig", true, errors);
    for (HandlerMethodModel h : model.handlers()) {
      check(h.config(), "@CpConfig", true, errors);
    }
  }

  /**
   * Checks the entries of one annotation. {@code namespaced}: keys must be {@code namespace.name}
   * ({@code @CpConfig}); global config ({@code @AppRoot}) also takes bare keys such as {@code
   * environment}.
   */
  static void check(
      List<ConfigEntry> entries, String label, boolean namespaced, ClassErrors errors) {
    Set<String> keys = new HashSet<>();
    for (ConfigEntry e : entries) {
      String problem = problem(e, label, namespaced, keys);
      if (problem != null) {
        errors.error(problem, e.element(), e.annotation(), e.source());
      }
    }
  }

  private static String problem(ConfigEntry e, String label, boolean namespaced, Set<String> keys) {
    if (e.key() == null) {
      return label
          + " entry \""
          + e.written()
          + "\" has no '='; write \"key = value\", e.g. \"tools.gzip.on = True\"";
    }
    Pattern keyPattern = namespaced ? NAMESPACED_KEY : GLOBAL_KEY;
    if (!keyPattern.matcher(e.key()).matches()) {
      return label
          + " key \""
          + e.key()
          + "\" must look like "
          + (namespaced ? "namespace.name" : "name or namespace.name")
          + " (letters, digits, '_', '-', separated by '.'), e.g. \"tools.gzip.on\"";
    }
    if (e.isMalformed()) {
      return label
          + " value of "
          + e.key()
          + " does not parse: "
          + e.problem()
          + "; write a Python literal such as 'text', 42, 1.5, True or [1, 2]";
    }
    if (e.value() == null) {
      return "None cannot be a " + label + " value; leave the entry out to keep the default";
    }
    if (holdsNone(e.value())) {
      return "None cannot appear inside a "
          + label
          + " value ("
          + e.key()
          + "); leave that item out";
    }
    if (!keys.add(e.key())) {
      return label + " sets " + e.key() + " twice; keep one entry";
    }
    return null;
  }

  private static boolean holdsNone(Object value) {
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item == null || holdsNone(item)) {
          return true;
        }
      }
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getKey() == null
            || entry.getValue() == null
            || holdsNone(entry.getKey())
            || holdsNone(entry.getValue())) {
          return true;
        }
      }
    }
    return false;
  }
}
