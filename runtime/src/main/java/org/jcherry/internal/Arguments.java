package org.jcherry.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcherry.HTTPError;
import org.jcherry.common.Converters;
import org.jcherry.http.Part;
import org.jcherry.internal.ArgumentBinder.Source;

/**
 * A request's arguments matched to one handler's {@link Signature}; generated code reads each
 * parameter from it by position, converting with the converter the processor chose. A value that
 * does not convert is a mismatch: 404 when it came from the path or query string, 400 from the
 * body.
 */
public final class Arguments {
  private final Signature sig;
  private final Object[] values;
  private final Source[] sources;
  private final List<String> surplus;
  private final Map<String, Object> extra;
  private final Set<String> bodyNames;
  private final boolean show;

  Arguments(
      Signature sig,
      Object[] values,
      Source[] sources,
      List<String> surplus,
      Map<String, Object> extra,
      Set<String> bodyNames,
      boolean show) {
    this.sig = sig;
    this.values = values;
    this.sources = sources;
    this.surplus = surplus;
    this.extra = extra;
    this.bodyNames = bodyNames;
    this.show = show;
  }

  /** Parameter {@code i} as text: the request's value, else its default, else {@code null}. */
  public String text(int i) {
    Object v = values[i];
    if (v == null) {
      return sig.defaultText(i);
    }
    if (v instanceof String) {
      return (String) v;
    }
    throw mismatch(i, v instanceof Part ? "is a file upload" : "was given more than once");
  }

  /** Parameter {@code i} converted; {@code null} when absent without a default. */
  public <V> V get(int i, Converter<V> converter) {
    String text = text(i);
    return text == null ? null : convert(i, text, converter, sources[i]);
  }

  /*
   * Typed reads of the commonest types: generated code calls args.integer(0) rather than passing a
   * method reference per argument, which javac resolves (overloads and inference) at every call.
   */

  /** Parameter {@code i} as an {@code int} or {@code Integer}; {@code null} when absent. */
  public Integer integer(int i) {
    return get(i, Integer::valueOf);
  }

  /** Parameter {@code i} as a {@code long} or {@code Long}; {@code null} when absent. */
  public Long longValue(int i) {
    return get(i, Long::valueOf);
  }

  /** Parameter {@code i} as a {@code double} or {@code Double}; {@code null} when absent. */
  public Double doubleValue(int i) {
    return get(i, Double::valueOf);
  }

  /**
   * Parameter {@code i} as a {@code boolean} ({@code true/false}, {@code 1/0}, ...); {@code null}
   * when absent.
   */
  public Boolean bool(int i) {
    return get(i, Converters::toBoolean);
  }

  /** Parameter {@code i} as an Optional: empty when the request does not supply it. */
  public <V> Optional<V> optional(int i, Converter<V> converter) {
    return Optional.ofNullable(get(i, converter));
  }

  /** Every value of repeated parameter {@code i}, converted; empty when absent. */
  public <V> List<V> list(int i, Converter<V> converter) {
    Object v = values[i];
    if (v == null) {
      String d = sig.defaultText(i);
      return d == null ? List.of() : List.of(convert(i, d, converter, Source.PATH));
    }
    List<V> out = new ArrayList<>();
    if (v instanceof List) {
      for (Object item : (List<?>) v) {
        out.add(convert(i, textOf(i, item), converter, sources[i]));
      }
    } else {
      out.add(convert(i, textOf(i, v), converter, sources[i]));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Parameter {@code i} as CherryPy hands an untyped parameter over: a {@code String} for one
   * value, an unmodifiable {@code List<String>} for repeated ones, a {@code Part} for an upload;
   * absent, its default text, else {@code null}.
   */
  public Object oneOrMany(int i) {
    Object v = values[i];
    if (v == null) {
      return sig.defaultText(i);
    }
    if (v instanceof List) {
      List<String> out = new ArrayList<>();
      for (Object item : (List<?>) v) {
        out.add(textOf(i, item));
      }
      return Collections.unmodifiableList(out);
    }
    return v;
  }

  /** Parameter {@code i} as a file upload; {@code null} when absent. */
  public Part part(int i) {
    Object v = values[i];
    if (v == null || v instanceof Part) {
      return (Part) v;
    }
    throw mismatch(i, "is not a file upload");
  }

  /** The path segments beyond the named parameters (varargs), converted. */
  public <V> List<V> rest(Converter<V> converter) {
    List<V> out = new ArrayList<>(surplus.size());
    for (String s : surplus) {
      try {
        out.add(converter.convert(s));
      } catch (Exception e) {
        throw new HTTPError(404, show ? "Bad path segment '" + s + "': " + reason(e) : null);
      }
    }
    return out;
  }

  /** The path segments beyond the named parameters, as text: {@code String...} varargs. */
  public String[] segments() {
    return surplus.toArray(new String[0]);
  }

  /**
   * The parameters no named parameter took, as CherryPy's {@code **kwargs}: values are String, List
   * or Part.
   */
  public Map<String, Object> keywords() {
    return Collections.unmodifiableMap(extra);
  }

  /** The parameters no named parameter took, each as the list of its values. */
  public Map<String, List<String>> keywordLists() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      Object v = e.getValue();
      List<String> texts = new ArrayList<>();
      for (Object item : v instanceof List ? (List<?>) v : List.of(v)) {
        texts.add(item instanceof Part ? ((Part) item).filename() : String.valueOf(item));
      }
      out.put(e.getKey(), Collections.unmodifiableList(texts));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The parameters no named parameter took, as text; a repeated one is a mismatch. */
  public Map<String, String> keywordTexts() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      Object v = e.getValue();
      if (!(v instanceof String)) {
        int status = bodyNames.contains(e.getKey()) ? 400 : 404;
        throw new HTTPError(status, show ? "Multiple values for parameters: " + e.getKey() : null);
      }
      out.put(e.getKey(), (String) v);
    }
    return Collections.unmodifiableMap(out);
  }

  private String textOf(int i, Object item) {
    if (item instanceof String) {
      return (String) item;
    }
    throw mismatch(i, "is a file upload");
  }

  private <V> V convert(int i, String text, Converter<V> converter, Source source) {
    try {
      V v = converter.convert(text);
      if (v == null) {
        throw new IllegalArgumentException("no value");
      }
      return v;
    } catch (HTTPError e) {
      throw e;
    } catch (Exception e) {
      Source s = source == null ? Source.QUERY : source;
      throw new HTTPError(
          s.mismatchStatus(),
          show
              ? "Invalid value for parameter "
                  + sig.name(i)
                  + ": '"
                  + text
                  + "' ("
                  + reason(e)
                  + ")"
              : null);
    }
  }

  private HTTPError mismatch(int i, String what) {
    Source s = sources[i] == null ? Source.QUERY : sources[i];
    return new HTTPError(
        s.mismatchStatus(), show ? "Parameter " + sig.name(i) + " " + what + "." : null);
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
