package org.jcherry.internal;

import java.util.List;
import java.util.Map;

/**
 * The page handlers of one generated table. Each is a row (number, name, config, parameters) rather
 * than a class of its own: binding is done here, once for all tables, and the call itself goes
 * through the table's single {@code switch} over row numbers, so a table of many handlers costs the
 * JVM one class and a few constants per handler at start-up.
 *
 * @param <T> the handler class
 */
public final class PageHandlers<T> {
  /** The generated table's {@code switch}: calls row {@code id}'s method with bound arguments. */
  @FunctionalInterface
  public interface Calls<T> {
    Object call(int id, T node, Invocation call, Arguments args) throws Exception;
  }

  /**
   * The config of a row whose method has no {@code @CpConfig}: a constant, so that javac resolves
   * no generic {@code Map.of()} per row.
   */
  public static final Map<String, Object> NO_CONFIG = Map.of();

  private final Calls<T> calls;

  public PageHandlers(Calls<T> calls) {
    this.calls = calls;
  }

  /**
   * The handler of row {@code id}: {@code name} ({@code Class.method}) for messages, the method's
   * own config, and its bindable parameters in declaration order.
   */
  public PageHandler<T> row(int id, String name, Map<String, Object> config, Param... params) {
    return row(id, name, config, false, params);
  }

  /** The handler of row {@code id} as {@link #row}, of a method declared {@code @NonBlocking}. */
  public PageHandler<T> nonBlockingRow(
      int id, String name, Map<String, Object> config, Param... params) {
    return row(id, name, config, true, params);
  }

  /**
   * The names a table's {@code handler} or {@code child} answers, for {@code handlerNames()} and
   * {@code childNames()}: not generic, as {@code List.of} with one argument per name costs javac a
   * type inference over all of them.
   */
  public static List<String> names(String... names) {
    return List.of(names);
  }

  private PageHandler<T> row(
      int id, String name, Map<String, Object> config, boolean neverBlocks, Param... params) {
    Signature signature = Signature.of(params);
    // One lambda site for every row of every table: one class, however many handlers.
    return PageHandler.of(
        name,
        config,
        neverBlocks,
        (node, call) -> calls.call(id, node, call, call.bind(signature)));
  }
}
