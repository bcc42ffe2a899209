package org.jcherry.tools;

/**
 * A callback attached at a hook point. Lower priorities run first (default 50); a failsafe hook
 * runs even after an earlier hook at the same point failed.
 */
public record Hook(
    HookPoint point, double priority, boolean failsafe, String name, HookCallback callback) {
  public static final double DEFAULT_PRIORITY = 50;

  public Hook {
    if (point == null || callback == null) {
      throw new IllegalArgumentException("a hook needs a point and a callback");
    }
  }
}
