package org.jcherry.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;
import org.jcherry.InternalRedirect;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.ErrorLog;

/**
 * The hooks of one handler, sorted per point; built once when the handler's config is first
 * resolved and shared by every request it serves.
 */
public final class HookMap {
  private static final Hook[] NONE = new Hook[0];

  private final Hook[][] byPoint;
  private final HookCallback errorResponse;

  private HookMap(Hook[][] byPoint, HookCallback errorResponse) {
    this.byPoint = byPoint;
    this.errorResponse = errorResponse;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The hooks at {@code point}, in the order they run. */
  public List<Hook> at(HookPoint point) {
    return List.of(byPoint[point.ordinal()]);
  }

  public boolean has(HookPoint point) {
    return byPoint[point.ordinal()].length > 0;
  }

  /**
   * What makes the response for an unexpected error instead of the standard 500 page (CherryPy's
   * {@code request.error_response}, set by an {@link ErrorTool}), or {@code null}.
   */
  public HookCallback errorResponse() {
    return errorResponse;
  }

  /**
   * Runs the hooks at {@code point} as CherryPy does: once one fails, only failsafe hooks still
   * run, and the first failure is raised after them. Unexpected failures are logged.
   */
  public void run(HookPoint point, Request request, Response response) throws Exception {
    Hook[] hooks = byPoint[point.ordinal()];
    Exception failure = null;
    for (Hook hook : hooks) {
      if (failure != null && !hook.failsafe()) {
        continue;
      }
      try {
        hook.callback().run(request, response);
      } catch (HTTPError | HTTPRedirect | InternalRedirect e) {
        failure = failure == null ? e : failure;
      } catch (Exception e) {
        ErrorLog.error("HTTP", "Error in hook " + hook.name() + " at " + point.configName(), e);
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Collects hooks, then sorts them once. */
  public static final class Builder {
    private final Map<HookPoint, List<Hook>> hooks = new EnumMap<>(HookPoint.class);
    private HookCallback errorResponse;

    private Builder() {}

    public Builder attach(Hook hook) {
      hooks.computeIfAbsent(hook.point(), p -> new ArrayList<>()).add(hook);
      return this;
    }

    public Builder attach(HookPoint point, double priority, String name, HookCallback callback) {
      return attach(new Hook(point, priority, false, name, callback));
    }

    /** Sets the error response; the last one set wins, as the last assignment does in CherryPy. */
    public Builder errorResponse(HookCallback callback) {
      this.errorResponse = callback;
      return this;
    }

    public HookMap build() {
      Hook[][] out = new Hook[HookPoint.values().length][];
      for (HookPoint p : HookPoint.values()) {
        List<Hook> list = hooks.getOrDefault(p, List.of());
        List<Hook> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingDouble(Hook::priority));
        out[p.ordinal()] = sorted.isEmpty() ? NONE : sorted.toArray(NONE);
      }
      return new HookMap(out, errorResponse);
    }
  }
}
