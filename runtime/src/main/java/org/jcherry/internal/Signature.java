package org.jcherry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bindable parameters of one handler method, in declaration order, as the processor read them
 * (injected {@code Request}/{@code Response} parameters are not part of it). It carries what
 * CherryPy reads from a Python signature to classify a mismatch as 404 or 400: names, which have
 * defaults, and whether the method takes {@code *args} (varargs) and {@code **kwargs} (a map).
 */
public final class Signature {
  private final String[] names;
  private final String[] defaults;
  private final boolean[] optional;
  private final boolean varargs;
  private final boolean keywords;
  private final Map<String, Integer> index;

  private Signature(Builder b) {
    this.names = b.names.toArray(new String[0]);
    this.defaults = b.defaults.toArray(new String[0]);
    this.optional = new boolean[names.length];
    for (int i = 0; i < names.length; i++) {
      optional[i] = b.optional.get(i);
    }
    this.varargs = b.varargs;
    this.keywords = b.keywords;
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      idx.put(names[i], i);
    }
    this.index = Map.copyOf(idx);
  }

  public static Builder builder() {
    return new Builder();
  }

  int size() {
    return names.length;
  }

  String name(int i) {
    return names[i];
  }

  /** The default text of parameter {@code i}, or {@code null}. */
  String defaultText(int i) {
    return defaults[i];
  }

  /**
   * Whether parameter {@code i} may be left unbound (it has a default, or is a list or Optional).
   */
  boolean mayBeAbsent(int i) {
    return optional[i];
  }

  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  boolean varargs() {
    return varargs;
  }

  boolean keywords() {
    return keywords;
  }

  /** Builds a signature in parameter order; generated code calls it once per handler. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<String> defaults = new ArrayList<>();
    private final List<Boolean> optional = new ArrayList<>();
    private boolean varargs;
    private boolean keywords;

    private Builder() {}

    /** A parameter the request must supply. */
    public Builder required(String name) {
      return add(name, null, false);
    }

    /** A parameter that takes {@code defaultText} (converted like request text) when absent. */
    public Builder withDefault(String name, String defaultText) {
      return add(name, defaultText, true);
    }

    /** A parameter that may be absent and has no default text: a list, array or Optional. */
    public Builder optional(String name) {
      return add(name, null, true);
    }

    /** The method ends with varargs, CherryPy's {@code *args}: it takes any further segments. */
    public Builder varargs() {
      this.varargs = true;
      return this;
    }

    /** The method takes a map of the remaining parameters, CherryPy's {@code **kwargs}. */
    public Builder keywords() {
      this.keywords = true;
      return this;
    }

    public Signature build() {
      return new Signature(this);
    }

    private Builder add(String name, String defaultText, boolean mayBeAbsent) {
      names.add(name);
      defaults.add(defaultText);
      optional.add(mayBeAbsent);
      return this;
    }
  }
}
