package org.jcherry.tools;

import java.util.function.Function;

/**
 * CherryPy's {@code ErrorTool}: replaces the error response of the handlers it is on. When a
 * handler fails with an unexpected exception, the callback makes the response instead of the
 * standard 500 page (it may also redirect).
 */
public final class ErrorTool implements Tool {
  private final String name;
  private final Function<ToolArgs, ? extends HookCallback> factory;

  public ErrorTool(String name, Function<ToolArgs, ? extends HookCallback> factory) {
    this.name = name;
    this.factory = factory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    HookCallback callback = args.configure(factory);
    hooks.errorResponse(callback);
  }
}
