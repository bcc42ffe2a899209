package org.jcherry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page handlers of one generated table, made from its rows ({@link HandlerRow}): binding is
 * done here, once for all tables, and the call itself goes through the table's single {@code
 * switch} over row numbers, so a table of many handlers costs the JVM one class and a few objects
 * per handler at start-up. The rows carry the names they answer, so the table needs no lookup code
 * of its own per handler.
 *
 * @param <T> the handler class
 */
public final class PageHandlers<T> {
  /**
   * The generated table's {@code switch}: calls row {@code id}'s method with bound arguments. The
   * table implements it, so that start-up spins no lambda class per table.
   */
  @FunctionalInterface
  public interface Calls<T> {
    Object call(int id, T node, Invocation call, Arguments args) throws Exception;
  }

  private final Map<String, PageHandler<T>> byName;
  private final List<String> names;

  /** The handlers of {@code rows}; a row's number ({@code id} in {@code calls}) is its position. */
  public PageHandlers(Calls<T> calls, HandlerRow... rows) {
    Map<String, PageHandler<T>> byName = new HashMap<>(rows.length * 2);
    List<String> names = new ArrayList<>(rows.length);
    for (int id = 0; id < rows.length; id++) {
      HandlerRow row = rows[id];
      PageHandler<T> handler = handler(calls, id, row);
      for (String key : row.keys) {
        byName.putIfAbsent(key, handler);
      }
      names.add(row.keys[0]);
    }
    this.byName = byName;
    this.names = List.copyOf(names);
  }

  /** The handler answering {@code name} (a method name or an alias), or {@code null}. */
  public PageHandler<T> handler(String name) {
    return byName.get(name);
  }

  /** One name per row (its method's own, aliases left out), in row order. */
  public List<String> names() {
    return names;
  }

  /**
   * The names a table's {@code child} answers, for {@code childNames()}: not generic, as {@code
   * List.of} with one argument per name costs javac a type inference over all of them.
   */
  public static List<String> names(String... names) {
    return List.of(names);
  }

  private static <T> PageHandler<T> handler(Calls<T> calls, int id, HandlerRow row) {
    Signature signature = Signature.of(row.params);
    // One lambda site for every row of every table: one class, however many handlers.
    return PageHandler.of(
        row.name,
        row.config,
        row.neverBlocks,
        (node, call) -> calls.call(id, node, call, call.bind(signature)));
  }
}
