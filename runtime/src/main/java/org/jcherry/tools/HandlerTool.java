package org.jcherry.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jcherry.NotFound;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.http.Serving;

/**
 * CherryPy's {@code HandlerTool}: runs at before_handler and may answer the request itself (it sets
 * the response body and returns {@code true}), in which case the page handler is skipped. Through
 * {@link #handler(Map)} the same tool serves as a page handler of its own.
 */
public final class HandlerTool extends ConfiguredTool<HandlerTool.Handling> {
  /** One configured use of the tool. */
  @FunctionalInterface
  public interface Handling {
    /**
     * Answers the request and returns {@code true}, or returns {@code false} to let the handler
     * run.
     */
    boolean handle(Request request, Response response) throws Exception;
  }

  public HandlerTool(String name, Function<ToolArgs, ? extends Handling> factory) {
    this(name, Hook.DEFAULT_PRIORITY, factory);
  }

  public HandlerTool(String name, double priority, Function<ToolArgs, ? extends Handling> factory) {
    super(name, HookPoint.BEFORE_HANDLER, priority, factory);
  }

  @Override
  void attach(HookMap.Builder hooks, double priority, Handling handling) {
    hooks.attach(
        point(),
        priority,
        name(),
        (request, response) -> {
          if (handling.handle(request, response)) {
            request.setHandler(null);
          }
        });
  }

  /**
   * CherryPy's {@code tool.handler(**kwargs)}: the tool configured with {@code args} as a page
   * handler body. Call it from an exposed method; it answers 404 when the tool does not handle the
   * request. {@code args} are checked here, once.
   */
  public Callable<Object> handler(Map<String, ?> args) {
    Handling handling = configure(new ToolArgs(name(), new LinkedHashMap<>(args)));
    return () -> {
      Serving serving = Serving.now();
      Response response = serving.response();
      if (!handling.handle(serving.request(), response)) {
        throw new NotFound();
      }
      return response.body();
    };
  }
}
