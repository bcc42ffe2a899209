package org.jcherry.processor.model;

import java.util.Locale;

/** Which handler names CherryPy's MethodDispatcher (and JCherry's) treats as HTTP methods. */
public final class HttpMethods {
  private HttpMethods() {}

  /** All upper case with at least one letter, as {@code MethodDispatcher} decides at run time. */
  public static boolean is(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT))
        && !name.equals(name.toLowerCase(Locale.ROOT));
  }
}
