package org.jcherry.internal;

import java.util.List;

/**
 * The bindable parameters of one handler method, in declaration order, as the processor read them
 * (injected {@code Request}/{@code Response} parameters are not part of it). It carries what
 * CherryPy reads from a Python signature to classify a mismatch as 404 or 400: names, which have
 * defaults, and whether the method takes {@code *args} (varargs) and {@code **kwargs} (a map).
 */
final class Signature {
  private final String[] names;
  private final String[] defaults;
  private final boolean[] optional;
  private final boolean varargs;
  private final boolean keywords;

  private Signature(List<Param> params) {
    int n = 0;
    for (Param p : params) {
      n += p.isNamed() ? 1 : 0;
    }
    this.names = new String[n];
    this.defaults = new String[n];
    this.optional = new boolean[n];
    boolean rest = false;
    boolean kwargs = false;
    int i = 0;
    for (Param p : params) {
      rest |= p.kind == Param.Kind.VARARGS;
      kwargs |= p.kind == Param.Kind.KEYWORDS;
      if (p.isNamed()) {
        names[i] = p.name;
        defaults[i] = p.defaultText;
        optional[i] = p.kind != Param.Kind.REQUIRED;
        i++;
      }
    }
    this.varargs = rest;
    this.keywords = kwargs;
  }

  /** The signature of {@code params}, in declaration order. */
  static Signature of(List<Param> params) {
    return new Signature(params);
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

  /**
   * The position of parameter {@code name}, or -1. A scan, not a map: methods have few parameters,
   * and a map per handler would cost every handler of a big tree its memory at start-up.
   */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  boolean varargs() {
    return varargs;
  }

  boolean keywords() {
    return keywords;
  }
}
