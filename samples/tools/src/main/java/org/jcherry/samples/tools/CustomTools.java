package org.jcherry.samples.tools;

import java.util.ArrayList;
import java.util.List;
import org.jcherry.Cherry;
import org.jcherry.HTTPError;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.HookPoint;
import org.jcherry.tools.HookTool;
import org.jcherry.tools.ToolArgs;
import org.jcherry.tools.Toolbox;

/**
 * The custom tools of tools.py, registered in the {@code tools} toolbox before the app is mounted
 * (so that the mount can check their config): {@code stamp} sets {@code X-Stamp}, {@code gate}
 * wants {@code X-Token}, and the {@code trace_*} tools record the order their hooks run in.
 */
public final class CustomTools {
  private static final String TRACE = "trace_steps";

  private CustomTools() {}

  public static void register(Toolbox tools) {
    tools.register(new HookTool("stamp", HookPoint.BEFORE_FINALIZE, Stamp::new));
    tools.register(new HookTool("gate", HookPoint.BEFORE_HANDLER, Gate::new));
    tools.register(new HookTool("trace_start", HookPoint.ON_START_RESOURCE, args -> step("start")));
    tools.register(new HookTool("trace_a", HookPoint.BEFORE_HANDLER, 80, args -> step("a")));
    tools.register(new HookTool("trace_b", HookPoint.BEFORE_HANDLER, 20, args -> step("b")));
    tools.register(new HookTool("trace_end", HookPoint.BEFORE_FINALIZE, args -> CustomTools::end));
  }

  /** Sets {@code X-Stamp: label} (default {@code stamp}). */
  static final class Stamp implements HookCallback {
    private final String label;

    Stamp(ToolArgs args) {
      this.label = args.string("label", "stamp");
    }

    @Override
    public void run(Request request, Response response) {
      response.headers().put("X-Stamp", label);
    }
  }

  /**
   * 403 {@code gate closed} unless the request header {@code X-Token} is {@code token} (default
   * {@code open}).
   */
  static final class Gate implements HookCallback {
    private final String token;

    Gate(ToolArgs args) {
      this.token = args.string("token", "open");
    }

    @Override
    public void run(Request request, Response response) {
      if (!token.equals(request.headers().get("X-Token"))) {
        throw new HTTPError(403, "gate closed");
      }
    }
  }

  /** Records {@code step} for the current request. */
  static void trace(String step) {
    steps(Cherry.request()).add(step);
  }

  private static HookCallback step(String step) {
    return (request, response) -> steps(request).add(step);
  }

  private static void end(Request request, Response response) {
    List<String> steps = steps(request);
    steps.add("end");
    response.headers().put("X-Trace", String.join(",", steps));
  }

  @SuppressWarnings("unchecked")
  private static List<String> steps(Request request) {
    Object steps = request.attribute(TRACE);
    if (steps == null) {
      steps = new ArrayList<String>();
      request.setAttribute(TRACE, steps);
    }
    return (List<String>) steps;
  }
}
