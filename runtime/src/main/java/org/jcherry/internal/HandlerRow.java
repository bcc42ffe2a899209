package org.jcherry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One exposed method as a generated table lists it: {@code HandlerRow.of("Root.greet", "greet",
 * "hi").required("name").withDefault("times", "1")}. Plain data built with non-generic calls, so a
 * table of many rows costs javac no type inference per row; {@link PageHandlers} turns the rows
 * into handlers.
 */
public final class HandlerRow {
  private static final Map<String, Object> NO_CONFIG = Map.of();

  final String name;
  final String[] keys;
  final List<Param> params = new ArrayList<>(2);
  Map<String, Object> config = NO_CONFIG;
  boolean neverBlocks;

  private HandlerRow(String name, String[] keys) {
    this.name = name;
    this.keys = keys;
  }

  /**
   * The row of the method {@code name} ({@code Class.method}, for messages) answering {@code keys}
   * (its translated name, then its aliases).
   */
  public static HandlerRow of(String name, String... keys) {
    return new HandlerRow(name, keys);
  }

  /** A parameter the request must supply. */
  public HandlerRow required(String param) {
    return add(Param.required(param));
  }

  /** A parameter that takes {@code defaultText} (converted like request text) when absent. */
  public HandlerRow withDefault(String param, String defaultText) {
    return add(Param.withDefault(param, defaultText));
  }

  /** A parameter that may be absent and has no default text: a list, array or Optional. */
  public HandlerRow optional(String param) {
    return add(Param.optional(param));
  }

  /** The method ends with varargs, CherryPy's {@code *args}: it takes any further segments. */
  public HandlerRow varargs() {
    return add(Param.varargs());
  }

  /** The method takes a map of the remaining parameters, CherryPy's {@code **kwargs}. */
  public HandlerRow keywords() {
    return add(Param.keywords());
  }

  /** The method's own config ({@code @CpConfig} on it), merged after its class's. */
  public HandlerRow config(Map<String, Object> entries) {
    this.config = entries;
    return this;
  }

  /** The method is declared {@code @NonBlocking}: it may be served on the IO thread. */
  public HandlerRow nonBlocking() {
    this.neverBlocks = true;
    return this;
  }

  private HandlerRow add(Param p) {
    params.add(p);
    return this;
  }
}
