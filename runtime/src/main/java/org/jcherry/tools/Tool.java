package org.jcherry.tools;

/**
 * A tool, CherryPy's {@code Tool}: when {@code tools.NAME.on} is true in a handler's config, the
 * tool attaches its hooks for that handler, configured by the handler's {@code tools.NAME.*}
 * entries. That happens once per handler and config scope, not per request.
 */
public interface Tool {
  /** The name under its toolbox's namespace ({@code encode} for {@code tools.encode.*}). */
  String name();

  /**
   * Attaches this tool's hooks. {@code args} are the tool's config entries without {@code on}; read
   * every argument here and call {@link ToolArgs#checkNoOthers()} so that a misspelt one fails.
   */
  void attach(HookMap.Builder hooks, ToolArgs args);

  /**
   * Whether this tool's hooks may block (wait on I/O, a lock or another thread): {@code true}
   * unless the tool declares otherwise. Only a request whose every tool returns {@code false} may
   * be served on the server's IO thread (a {@code @NonBlocking} handler's), so a tool that says
   * {@code false} promises that nothing it runs per request waits. Reading the request body is not
   * waiting: the server serves a request on the IO thread only when its body is whole in memory.
   */
  default boolean blocks() {
    return true;
  }

  /** The engine started again after {@link #stop}: resume the threads {@link #attach} started. */
  default void start() {}

  /** The engine stopped: end the threads {@link #attach} started (a session clean-up, say). */
  default void stop() {}

  /** The engine exited: release what {@link #attach} opened (connections, stores). */
  default void close() {}
}
