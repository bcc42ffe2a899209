package org.jcherry.internal;

import java.util.Map;

/**
 * One exposed method of a handler class, as the generated table describes it: its name for
 * messages, its own config ({@code @CpConfig} on the method) and a direct call that binds the
 * request's arguments.
 *
 * @param <T> the handler class
 */
public interface PageHandler<T> {

  /** {@code Class.method}, for logs and error messages. */
  String name();

  /** The method's own config entries, merged after its class's. */
  Map<String, Object> config();

  /**
   * Binds the arguments of {@code invocation} (path segments and request parameters) to the
   * method's parameters, calls it on {@code node} and returns what it returned ({@code null} for
   * {@code void}).
   */
  Object call(T node, Invocation invocation) throws Exception;

  /**
   * Whether the method is declared {@code @NonBlocking}: it may run on the server's IO thread when
   * the rest of its plan allows.
   */
  default boolean neverBlocks() {
    return false;
  }

  /** What a handler does: bind and call. */
  @FunctionalInterface
  interface Call<T> {
    Object call(T node, Invocation invocation) throws Exception;
  }

  /**
   * A handler of its name, config and call: each table row ({@link PageHandlers}), and the
   * runtime's own (MethodDispatcher's 405).
   */
  static <T> PageHandler<T> of(String name, Map<String, Object> config, Call<T> call) {
    return of(name, config, false, call);
  }

  /** A handler as {@link #of(String, Map, Call)}, declared {@code @NonBlocking} or not. */
  static <T> PageHandler<T> of(
      String name, Map<String, Object> config, boolean neverBlocks, Call<T> call) {
    return new PageHandler<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Map<String, Object> config() {
        return config;
      }

      @Override
      public Object call(T node, Invocation invocation) throws Exception {
        return call.call(node, invocation);
      }

      @Override
      public boolean neverBlocks() {
        return neverBlocks;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
