package org.jcherry.tools;

import java.util.function.Function;

/**
 * CherryPy's {@code Tool(point, callable, name, priority)}: a tool that attaches one callback at
 * one hook point. The callback is made from the tool's config arguments once per config scope, so a
 * tool is usually a class whose constructor reads its {@link ToolArgs} into final fields:
 *
 * <pre>{@code
 * final class Stamp implements HookCallback {
 *   private final String label;
 *   Stamp(ToolArgs args) { label = args.string("label", "stamp"); }
 *   public void run(Request request, Response response) { response.headers().put("X-Stamp", label); }
 * }
 * toolbox.register(new HookTool("stamp", HookPoint.BEFORE_FINALIZE, Stamp::new));
 * }</pre>
 *
 * {@code tools.NAME.priority} overrides the priority; any argument the factory did not read is an
 * error naming the tool.
 */
public final class HookTool extends ConfiguredTool<HookCallback> {
  private final boolean failsafe;

  /** A tool at {@code point} with the default priority, 50. */
  public HookTool(
      String name, HookPoint point, Function<ToolArgs, ? extends HookCallback> factory) {
    this(name, point, Hook.DEFAULT_PRIORITY, false, factory);
  }

  public HookTool(
      String name,
      HookPoint point,
      double priority,
      Function<ToolArgs, ? extends HookCallback> factory) {
    this(name, point, priority, false, factory);
  }

  private HookTool(
      String name,
      HookPoint point,
      double priority,
      boolean failsafe,
      Function<ToolArgs, ? extends HookCallback> factory) {
    super(name, point, priority, factory);
    this.failsafe = failsafe;
  }

  /** This tool with a failsafe hook: it runs even after an earlier hook at its point failed. */
  public HookTool failsafe() {
    HookTool copy = new HookTool(name(), point(), priority(), true, factory());
    if (!blocks()) {
      copy.neverBlocks();
    }
    return copy;
  }

  /**
   * Declares that this tool's callback never blocks (see {@link Tool#blocks}), so handlers that use
   * it may still run on the IO thread; returns this tool.
   */
  public HookTool nonBlocking() {
    neverBlocks();
    return this;
  }

  @Override
  void attach(HookMap.Builder hooks, double priority, HookCallback callback) {
    hooks.attach(new Hook(point(), priority, failsafe, name(), callback));
  }
}
