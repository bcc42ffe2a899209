package org.jcherry.tools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The config entries of one tool for one handler ({@code tools.gzip.compress_level = 9} gives
 * {@code compress_level}), with typed readers that record which arguments the tool knows, so an
 * unknown one is reported with the tool's name.
 */
public final class ToolArgs {
  private final String toolName;
  private final String qualified;
  private final Map<String, Object> values;
  private final Set<String> read = new HashSet<>();

  /** The arguments of the tool {@code toolName} of the {@code tools} toolbox. */
  public ToolArgs(String toolName, Map<String, Object> values) {
    this("tools", toolName, values);
  }

  /** The arguments of the tool {@code toolName} of the toolbox {@code namespace}. */
  public ToolArgs(String namespace, String toolName, Map<String, Object> values) {
    this.toolName = toolName;
    this.qualified = namespace + "." + toolName;
    this.values = values;
  }

  public String toolName() {
    return toolName;
  }

  public boolean has(String name) {
    read.add(name);
    return values.containsKey(name);
  }

  public Object raw(String name) {
    read.add(name);
    return values.get(name);
  }

  public String string(String name, String fallback) {
    Object v = raw(name);
    return v == null ? fallback : v.toString();
  }

  public boolean bool(String name, boolean fallback) {
    Object v = raw(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    String s = v.toString();
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return true;
    }
    if (s.equalsIgnoreCase("false") || s.equals("0")) {
      return false;
    }
    throw bad(name, "a boolean", v);
  }

  public double number(String name, double fallback) {
    Object v = raw(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    try {
      return Double.parseDouble(v.toString());
    } catch (NumberFormatException e) {
      throw bad(name, "a number", v);
    }
  }

  /** A whole number; {@code 2.0} is accepted, {@code 2.5} is not. */
  public int integer(String name, int fallback) {
    double d = number(name, fallback);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw bad(name, "a whole number", raw(name));
    }
    return (int) d;
  }

  /**
   * A value of a Java type, such as a callback given in an app config map ({@code
   * tools.auth_basic.checkpassword}); {@code fallback} when absent.
   */
  public <T> T value(String name, Class<T> type, T fallback) {
    Object v = raw(name);
    if (v == null) {
      return fallback;
    }
    if (!type.isInstance(v)) {
      throw bad(name, "a " + type.getSimpleName(), v);
    }
    return type.cast(v);
  }

  /** A value that must be given. */
  public <T> T required(String name, Class<T> type) {
    T v = value(name, type, null);
    if (v == null) {
      throw new IllegalArgumentException(qualified + "." + name + " must be set");
    }
    return v;
  }

  /** A list value; a single value becomes a one-element list. */
  public List<String> strings(String name, List<String> fallback) {
    Object v = raw(name);
    if (v == null) {
      return fallback;
    }
    List<String> out = new ArrayList<>();
    if (v instanceof List) {
      for (Object o : (List<?>) v) {
        out.add(String.valueOf(o));
      }
    } else {
      out.add(v.toString());
    }
    return out;
  }

  /** The hook priority: {@code tools.NAME.priority} or the tool's default. */
  public double priority(double fallback) {
    return number("priority", fallback);
  }

  /**
   * Makes the tool's configured callback with {@code factory}, which reads the arguments it knows,
   * then fails for any other one.
   */
  public <T> T configure(Function<ToolArgs, ? extends T> factory) {
    T configured = factory.apply(this);
    checkNoOthers();
    return configured;
  }

  /** Fails for any argument the tool did not read: a misspelt or unknown option. */
  public void checkNoOthers() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          qualified + " has no argument " + String.join(", ", unknown));
    }
  }

  private IllegalArgumentException bad(String name, String what, Object v) {
    return new IllegalArgumentException(qualified + "." + name + " must be " + what + ", not " + v);
  }
}
