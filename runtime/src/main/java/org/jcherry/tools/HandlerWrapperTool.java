package org.jcherry.tools;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * CherryPy's {@code HandlerWrapperTool}: at its hook point (before_handler unless told otherwise)
 * it replaces the request's handler with one that calls the original and works on what it returns,
 * as {@code encode} and {@code json_out} do. Nothing happens when a tool already answered.
 */
public final class HandlerWrapperTool extends ConfiguredTool<HandlerWrapperTool.Wrapper> {
  /** One configured use of the tool. */
  @FunctionalInterface
  public interface Wrapper {
    /** Calls {@code next} (the handler as wrapped so far) and returns the body to use. */
    Object call(Callable<Object> next, Request request, Response response) throws Exception;
  }

  public HandlerWrapperTool(
      String name, double priority, Function<ToolArgs, ? extends Wrapper> factory) {
    this(name, HookPoint.BEFORE_HANDLER, priority, factory);
  }

  public HandlerWrapperTool(
      String name,
      HookPoint point,
      double priority,
      Function<ToolArgs, ? extends Wrapper> factory) {
    super(name, point, priority, factory);
  }

  /**
   * Declares that this tool's wrapper never blocks (see {@link Tool#blocks}) beyond the handler it
   * wraps; returns this tool.
   */
  public HandlerWrapperTool nonBlocking() {
    neverBlocks();
    return this;
  }

  @Override
  void attach(HookMap.Builder hooks, double priority, Wrapper wrapper) {
    hooks.attach(
        point(),
        priority,
        name(),
        (request, response) -> {
          Callable<Object> inner = request.handler();
          if (inner != null) {
            request.setHandler(() -> wrapper.call(inner, request, response));
          }
        });
  }
}
