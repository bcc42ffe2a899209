package org.jcherry.internal;

/**
 * One parameter of a handler's signature, of one of the kinds CherryPy reads from a Python
 * signature: required, with a default, optional (a list, array or Optional), {@code *args}
 * (varargs) or {@code **kwargs} (a map). Generated rows ({@link HandlerRow}) add them in
 * declaration order.
 */
final class Param {
  enum Kind {
    REQUIRED,
    DEFAULT,
    OPTIONAL,
    VARARGS,
    KEYWORDS
  }

  private static final Param VARARGS = new Param(Kind.VARARGS, null, null);
  private static final Param KEYWORDS = new Param(Kind.KEYWORDS, null, null);

  final Kind kind;
  final String name;
  final String defaultText;

  private Param(Kind kind, String name, String defaultText) {
    this.kind = kind;
    this.name = name;
    this.defaultText = defaultText;
  }

  /** A parameter the request must supply. */
  static Param required(String name) {
    return new Param(Kind.REQUIRED, name, null);
  }

  /** A parameter that takes {@code defaultText} (converted like request text) when absent. */
  static Param withDefault(String name, String defaultText) {
    return new Param(Kind.DEFAULT, name, defaultText);
  }

  /** A parameter that may be absent and has no default text: a list, array or Optional. */
  static Param optional(String name) {
    return new Param(Kind.OPTIONAL, name, null);
  }

  /** The method ends with varargs, CherryPy's {@code *args}: it takes any further segments. */
  static Param varargs() {
    return VARARGS;
  }

  /** The method takes a map of the remaining parameters, CherryPy's {@code **kwargs}. */
  static Param keywords() {
    return KEYWORDS;
  }

  boolean isNamed() {
    return name != null;
  }
}
