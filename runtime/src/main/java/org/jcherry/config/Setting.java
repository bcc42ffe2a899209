package org.jcherry.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One typed config key, in the spirit of Undertow's {@code Option<T>}: the key, how its value is
 * read, and the default when it is unset. Every config value JCherry reads goes through one of
 * these, so a key reads the same wherever it is read, and a value of the wrong type fails (where
 * the config is merged or mounted) with a message naming the key, the place and the value, instead
 * of being read as something else.
 *
 * <p>An unset key and {@code None} ({@code null}) give the default. The readers:
 *
 * <ul>
 *   <li>{@link #bool}: {@code True}/{@code False}, the strings {@code "true"}/{@code "false"} in
 *       any case (the Python literal's text, as Java maps and {@code -D} options give it), and what
 *       Python's {@code bool()} makes of the literals {@code 1}/{@code 0}. Nothing else: CherryPy
 *       takes any non-empty string as true, so {@code 'no'} and {@code 'off'} would switch a tool
 *       <em>on</em> there and off in a reader that guessed; {@code 'yes'}, {@code 'on'}, {@code
 *       'off'}, {@code 'no'}, {@code 'none'} and other numbers fail instead.
 *   <li>{@link #integer}: a whole number, or its text; {@code 2.0} is whole, {@code 2.5} is not.
 *   <li>{@link #number}: any number, or its text.
 *   <li>{@link #string}: any value, as its text.
 *   <li>{@link #duration}: a number (possibly fractional) of a unit, rounded to milliseconds.
 *   <li>{@link #oneOf}: one of a few names, in any case; read in lower case.
 *   <li>{@link #listOf}: a list or tuple; one value is a one-element list. {@link #names}: also a
 *       comma-separated string.
 *   <li>{@link #instanceOf}: a Java object of a type, such as a callback in an app config map.
 * </ul>
 *
 * @param <T> the type of the value read
 */
public final class Setting<T> {
  private final String key;

  /** What a value must be, for the message when {@link #reader} refuses it. */
  private final Function<Object, String> expected;

  /** The value read, or {@code null} when it is not one of this setting's type. */
  private final Function<Object, T> reader;

  private final T fallback;

  private Setting(String key, String expected, Function<Object, T> reader, T fallback) {
    this(key, v -> expected, reader, fallback);
  }

  private Setting(
      String key, Function<Object, String> expected, Function<Object, T> reader, T fallback) {
    this.key = key;
    this.expected = expected;
    this.reader = reader;
    this.fallback = fallback;
  }

  /** A boolean key: see the class comment for the values it takes. */
  public static Setting<Boolean> bool(String key, boolean fallback) {
    return new Setting<>(key, "True or False", Setting::toBool, fallback);
  }

  /** A whole-number key. */
  public static Setting<Long> integer(String key, long fallback) {
    return new Setting<>(
        key, v -> toDouble(v) == null ? "a number" : "a whole number", Setting::toLong, fallback);
  }

  /** A number key. */
  public static Setting<Double> number(String key, double fallback) {
    return new Setting<>(key, "a number", Setting::toDouble, fallback);
  }

  /** A text key: any value, as its {@code toString()}. */
  public static Setting<String> string(String key, String fallback) {
    return new Setting<>(key, "a string", Object::toString, fallback);
  }

  /** A key whose value is a number of {@code unit}s, such as minutes; negative values fail. */
  public static Setting<Duration> duration(String key, ChronoUnit unit, double fallback) {
    double millis = unit.getDuration().toMillis();
    return new Setting<>(
        key,
        "a number of " + unit.toString().toLowerCase(Locale.ROOT),
        v -> {
          Double d = toDouble(v);
          return d == null || !(d >= 0) ? null : Duration.ofMillis(Math.round(d * millis));
        },
        Duration.ofMillis(Math.round(fallback * millis)));
  }

  /** A key naming one of {@code choices} (in any case), read in lower case. */
  public static Setting<String> oneOf(String key, String fallback, String... choices) {
    List<String> known = List.of(choices);
    return new Setting<>(
        key,
        "one of " + String.join(", ", known),
        v -> {
          String s = v.toString().toLowerCase(Locale.ROOT);
          return known.contains(s) ? s : null;
        },
        fallback);
  }

  /** A list key: a list or tuple of values, each as its text; a single value is a list of one. */
  public static Setting<List<String>> listOf(String key, List<String> fallback) {
    return new Setting<>(key, "a list", v -> toList(v, false), fallback);
  }

  /** A list of names: as {@link #listOf}, and a string may hold several, comma-separated. */
  public static Setting<List<String>> names(String key, List<String> fallback) {
    return new Setting<>(key, "a list of names", v -> toList(v, true), fallback);
  }

  /** A key whose value is a Java object of {@code type}, as only a config map can hold. */
  public static <V> Setting<V> instanceOf(String key, Class<V> type, String what, V fallback) {
    return new Setting<>(key, what, v -> type.isInstance(v) ? type.cast(v) : null, fallback);
  }

  /**
   * This setting, with values (the default aside) that fail {@code rule} rejected as not being
   * {@code described} ({@code "1-10000"}).
   */
  public Setting<T> where(Predicate<? super T> rule, String described) {
    return new Setting<>(
        key,
        v -> reader.apply(v) == null ? expected.apply(v) : described,
        v -> {
          T t = reader.apply(v);
          return t != null && rule.test(t) ? t : null;
        },
        fallback);
  }

  /** The key, such as {@code tools.gzip.on}. */
  public String key() {
    return key;
  }

  /**
   * The value of this key in {@code config}, or the default.
   *
   * @param where the config's place, for the message ({@code "app config section [/]"}); may be
   *     {@code null}
   * @throws IllegalArgumentException for a value of the wrong type, naming key, place and value
   */
  public T from(Map<String, ?> config, String where) {
    return read(config.get(key), where);
  }

  /**
   * Reads {@code value}, given for this key: the default for {@code null}.
   *
   * @throws IllegalArgumentException for a value of the wrong type, naming key, place and value
   */
  public T read(Object value, String where) {
    if (value == null) {
      return fallback;
    }
    T t = reader.apply(value);
    if (t == null) {
      throw new IllegalArgumentException(
          key
              + " must be "
              + expected.apply(value)
              + ", not "
              + value
              + (where == null ? "" : " (in " + where + ")"));
    }
    return t;
  }

  private static Boolean toBool(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      long n = ((Number) v).longValue();
      return n == 1 ? Boolean.TRUE : n == 0 ? Boolean.FALSE : null;
    }
    if (v instanceof CharSequence) {
      String s = v.toString().trim();
      if (s.equalsIgnoreCase("true") || s.equals("1")) {
        return Boolean.TRUE;
      }
      if (s.equalsIgnoreCase("false") || s.equals("0")) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  private static Double toDouble(Object v) {
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof CharSequence) {
      try {
        return Double.parseDouble(v.toString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Long toLong(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof CharSequence) {
      try {
        return Long.parseLong(v.toString().trim());
      } catch (NumberFormatException e) {
        // A whole number written as a decimal (2.0) is still whole: below.
      }
    }
    Double d = toDouble(v);
    return d == null
        ? null
        : d == Math.rint(d) && Math.abs(d) <= Long.MAX_VALUE ? (Long) d.longValue() : null;
  }

  private static List<String> toList(Object v, boolean splitCommas) {
    List<String> out = new ArrayList<>();
    if (v instanceof Iterable) {
      for (Object o : (Iterable<?>) v) {
        out.add(String.valueOf(o));
      }
    } else if (splitCommas) {
      out.addAll(List.of(v.toString().split("\\s*,\\s*")));
    } else {
      out.add(v.toString());
    }
    return List.copyOf(out);
  }
}
