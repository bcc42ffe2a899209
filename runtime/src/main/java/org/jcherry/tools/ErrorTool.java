package org.jcherry.tools;

import java.util.function.Function;

/**
 * CherryPy's {@code ErrorTool}: replaces the error response of the handlers it is on (CherryPy's
 * {@code request.error_response}). When a handler fails with an unexpected exception, the callback
 * makes the response instead of the standard 500 page (it may also redirect).
 */
public final class ErrorTool extends ConfiguredTool<HookCallback> {
  public ErrorTool(String name, Function<ToolArgs, ? extends HookCallback> factory) {
    super(name, HookPoint.BEFORE_ERROR_RESPONSE, Hook.DEFAULT_PRIORITY, factory);
  }

  @Override
  void attach(HookMap.Builder hooks, double priority, HookCallback callback) {
    hooks.errorResponse(callback);
  }
}
