package org.jcherry.tools;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jcherry.config.Setting;

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
    return read(Setting.string(key(name), fallback), name);
  }

  /** A boolean: {@code True}/{@code False} and what {@link Setting#bool} takes. */
  public boolean bool(String name, boolean fallback) {
    return read(Setting.bool(key(name), fallback), name);
  }

  public double number(String name, double fallback) {
    return read(Setting.number(key(name), fallback), name);
  }

  /** A whole number; {@code 2.0} is accepted, {@code 2.5} is not. */
  public int integer(String name, int fallback) {
    return read(
            Setting.integer(key(name), fallback)
                .where(n -> Math.abs(n) <= Integer.MAX_VALUE, "a whole number"),
            name)
        .intValue();
  }

  /** One of {@code choices}, in any case; read in lower case. */
  public String oneOf(String name, String fallback, String... choices) {
    return read(Setting.oneOf(key(name), fallback, choices), name);
  }

  /** A number of {@code unit}s ({@code tools.sessions.timeout} in minutes), not negative. */
  public Duration duration(String name, ChronoUnit unit, double fallback) {
    return read(Setting.duration(key(name), unit, fallback), name);
  }

  /**
   * A value of a Java type, such as a callback given in an app config map ({@code
   * tools.auth_basic.checkpassword}); {@code fallback} when absent.
   */
  public <T> T value(String name, Class<T> type, T fallback) {
    return read(Setting.instanceOf(key(name), type, "a " + type.getSimpleName(), fallback), name);
  }

  /** A value that must be given. */
  public <T> T required(String name, Class<T> type) {
    T v = value(name, type, null);
    if (v == null) {
      throw new IllegalArgumentException(key(name) + " must be set");
    }
    return v;
  }

  /** A list value; a single value becomes a one-element list. */
  public List<String> strings(String name, List<String> fallback) {
    return read(Setting.listOf(key(name), fallback), name);
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

  /** {@code tools.gzip.compress_level} for {@code compress_level}. */
  private String key(String name) {
    return qualified + "." + name;
  }

  private <T> T read(Setting<T> setting, String name) {
    return setting.read(raw(name), null);
  }
}
