package org.jcherry.tools;

import java.util.function.Function;

/**
 * What the tool kinds share: a name, a hook point and a default priority, and a factory that makes
 * the tool's configured object from its arguments once per config scope ({@code
 * tools.NAME.priority} overrides the priority; an argument the factory does not read is an error
 * naming the tool).
 *
 * @param <T> what the factory makes: a callback, a handling, a wrapper
 */
public abstract class ConfiguredTool<T> implements Tool {
  private final String name;
  private final HookPoint point;
  private final double priority;
  private final Function<ToolArgs, ? extends T> factory;
  private boolean blocks = true;

  ConfiguredTool(
      String name, HookPoint point, double priority, Function<ToolArgs, ? extends T> factory) {
    if (name == null || point == null || factory == null) {
      throw new IllegalArgumentException("a tool needs a name, a hook point and a factory");
    }
    this.name = name;
    this.point = point;
    this.priority = priority;
    this.factory = factory;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean blocks() {
    return blocks;
  }

  /** Declares, while the tool is being made, that its hooks never block ({@link #blocks}). */
  final void neverBlocks() {
    blocks = false;
  }

  /** Where the tool's hook runs. */
  public final HookPoint point() {
    return point;
  }

  /** The priority of its hook unless config gives another. */
  public final double priority() {
    return priority;
  }

  @Override
  public final void attach(HookMap.Builder hooks, ToolArgs args) {
    double p = args.priority(priority);
    attach(hooks, p, args.configure(factory));
  }

  /** Attaches the configured object, at this tool's point with priority {@code priority}. */
  abstract void attach(HookMap.Builder hooks, double priority, T configured);

  /** The configured object for arguments given in code rather than config. */
  final T configure(ToolArgs args) {
    return args.configure(factory);
  }

  final Function<ToolArgs, ? extends T> factory() {
    return factory;
  }
}
