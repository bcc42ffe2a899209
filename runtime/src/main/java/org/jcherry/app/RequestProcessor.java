package org.jcherry.app;

import java.util.concurrent.Callable;
import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;
import org.jcherry.InternalRedirect;
import org.jcherry.NotFound;
import org.jcherry.dispatch.Dispatcher;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.dispatch.Resolution;
import org.jcherry.http.BodyReader;
import org.jcherry.http.ErrorResponses;
import org.jcherry.http.PipelineAccess;
import org.jcherry.http.QueryStrings;
import org.jcherry.http.Request;
import org.jcherry.http.RequestBody;
import org.jcherry.http.Response;
import org.jcherry.http.WorkerNeeded;
import org.jcherry.internal.Invocation;
import org.jcherry.log.ErrorLog;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.HookMap;
import org.jcherry.tools.HookPoint;

/**
 * Serves one request of one application, in CherryPy's order ({@code _cprequest.Request.respond}):
 * headers, dispatch, config, the hook points around body processing and the handler, finalising; an
 * {@link HTTPError} or {@link HTTPRedirect} becomes its response, anything else the 500 error
 * response. An {@link InternalRedirect} leaves this class for {@link Application} to follow. On the
 * IO thread, a request that meets anything that may block before its handler's plan is known to
 * allow the IO thread leaves it untouched by any hook: as {@link WorkerNeeded} before dispatch, as
 * {@link Dispatched} after it, which the worker goes on from.
 */
final class RequestProcessor {
  private static final PipelineAccess ACCESS = Pipeline.ACCESS;

  private final Application app;

  RequestProcessor(Application app) {
    this.app = app;
  }

  /**
   * Thrown on the IO thread when dispatch found a handler whose plan needs a worker: what dispatch
   * found, so that the worker goes on from there ({@link #respond(Request, Response, Dispatched)})
   * rather than dispatching again. Nothing of the request has run; no stack trace.
   */
  static final class Dispatched extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Resolution found;
    private final transient HandlerPlan plan;

    private Dispatched(Resolution found, HandlerPlan plan) {
      super("a request dispatched on the IO thread needs a worker", null, false, false);
      this.found = found;
      this.plan = plan;
    }
  }

  void respond(Request request, Response response) {
    respond(request, response, null);
  }

  /**
   * Serves {@code request} into {@code response}; with {@code dispatched} (on a worker, what the IO
   * thread's dispatch found), from the handler's plan on.
   */
  void respond(Request request, Response response, Dispatched dispatched) {
    HandlerPlan plan = app.basePlan();
    // Until dispatch finds the handler's plan, an error answers under the app's own config (so
    // never with a traceback in production).
    ACCESS.plan(request, plan);
    boolean toWorker = false;
    try {
      try {
        plan = resolve(request, response, dispatched);
        run(request, response, plan);
      } catch (HTTPError | HTTPRedirect e) {
        applyHttpException(e, request, response, plan);
        ACCESS.stage(request, "before_finalize (HTTPError)");
        plan.hooks.run(HookPoint.BEFORE_FINALIZE, request, response);
        ResponseFinalizer.finalizeResponse(response);
      } catch (WorkerNeeded | Dispatched e) {
        toWorker = true; // nothing of the request has run: the worker serves it
        throw e;
      } finally {
        if (!toWorker) {
          ACCESS.stage(request, "on_end_resource");
          plan.hooks.run(HookPoint.ON_END_RESOURCE, request, response);
        }
      }
    } catch (InternalRedirect | WorkerNeeded | Dispatched e) {
      throw e;
    } catch (Throwable t) {
      handleError(t, request, response, plan);
    }
    HookMap hooks = plan.hooks;
    if (hooks.has(HookPoint.ON_END_REQUEST)) {
      // After the response is written, by the server (CherryPy's request.close()).
      Request first = request;
      while (first.prev() != null) {
        first = first.prev();
      }
      first.onClose(() -> endRequest(hooks, request, response));
    }
  }

  private static void endRequest(HookMap hooks, Request request, Response response) {
    try {
      ACCESS.stage(request, "on_end_request");
      hooks.run(HookPoint.ON_END_REQUEST, request, response);
    } catch (Exception e) {
      ErrorLog.error("HTTP", "on_end_request of " + request.requestLine() + " failed", e);
    }
  }

  /** Headers, dispatch and config: everything before the first hook point. */
  private HandlerPlan resolve(Request request, Response response, Dispatched dispatched)
      throws Exception {
    Resolution found;
    HandlerPlan plan;
    if (dispatched == null) {
      found = dispatch(request);
      plan = planOf(request, found);
    } else { // on a worker, from what the IO thread's dispatch found
      found = dispatched.found;
      plan = dispatched.plan;
    }
    ACCESS.plan(request, plan);
    for (HookCallback action : plan.perRequest) {
      action.run(request, response);
    }
    request.setArgs(found.args());
    request.setIndex(found.isIndex());
    response.setStream(plan.stream);
    for (String[] h : plan.defaultHeaders) {
      response.headers().put(h[0], h[1]);
    }
    if (!found.headers().isEmpty()) {
      found.headers().forEach(response.headers()::put);
    }
    if (found.handler() != null) {
      Invocation invocation = new Invocation(request, response);
      request.setHandler(() -> found.handler().call(invocation));
    } else {
      NotFound notFound = new NotFound(request.scriptName() + request.pathInfo());
      request.setHandler(notFoundHandler(notFound));
    }
    request.setProcessRequestBody(plan.processesBody(request));
    return plan;
  }

  /** The request's headers checked, its base URL set and its handler found. */
  private Resolution dispatch(Request request) {
    ACCESS.stage(request, "process_headers");
    if (request.isHttp11() && request.headers().get("Host") == null) {
      throw new HTTPError(400, "HTTP/1.1 requires a 'Host' request header.");
    }
    if (request.headers().get("Cookie") != null) {
      request.cookies(); // read now: a malformed Cookie header is a 400 before dispatch, as in
      // CherryPy
    }
    request.setBase(app.base(request));
    ACCESS.stage(request, "get_resource");
    Dispatcher dispatcher = app.dispatcher(request.pathInfo());
    if (request.onIoThread() && dispatcher != ObjectTreeDispatcher.INSTANCE) {
      throw WorkerNeeded.INSTANCE; // only the walk of the generated tables is known not to block
    }
    return dispatcher.dispatch(request, request.pathInfo(), app);
  }

  /**
   * The plan of what dispatch found; on the IO thread, {@link Dispatched} when it, or reading the
   * body, may block.
   */
  private HandlerPlan planOf(Request request, Resolution found) {
    HandlerPlan plan = HandlerPlan.of(found.scope(), app);
    if (request.onIoThread()
        && (!plan.servesOnIoThread(found.handler())
            || (plan.processesBody(request) && BodyReader.mayBlock(request)))) {
      throw new Dispatched(found, plan);
    }
    return plan;
  }

  private void run(Request request, Response response, HandlerPlan plan) throws Exception {
    HookMap hooks = plan.hooks;
    stage(request, response, hooks, HookPoint.ON_START_RESOURCE);
    ACCESS.stage(request, "process_query_string");
    QueryStrings.parseInto(
        request.queryString(), plan.queryStringEncoding, plan.queryStringCharset, request.params());
    // The body entity exists before its hook point, so tools there can configure it (decode).
    RequestBody body = plan.bodyReader.newBody();
    ACCESS.body(request, body);
    stage(request, response, hooks, HookPoint.BEFORE_REQUEST_BODY);
    ACCESS.stage(request, "process_request_body");
    if (request.processRequestBody()) {
      plan.bodyReader.read(request, body);
    }
    stage(request, response, hooks, HookPoint.BEFORE_HANDLER);
    Callable<Object> handler = request.handler();
    if (handler != null) {
      ACCESS.stage(request, "handler");
      response.setBody(handler.call());
    }
    stage(request, response, hooks, HookPoint.BEFORE_FINALIZE);
    ACCESS.stage(request, "finalize");
    ResponseFinalizer.finalizeResponse(response);
  }

  private static void stage(Request request, Response response, HookMap hooks, HookPoint point)
      throws Exception {
    ACCESS.stage(request, point.configName());
    hooks.run(point, request, response);
  }

  private void applyHttpException(
      RuntimeException e, Request request, Response response, HandlerPlan plan) {
    if (e instanceof HTTPRedirect) {
      ErrorResponses.apply((HTTPRedirect) e, response);
    } else {
      HTTPError error = (HTTPError) e;
      ErrorResponses.apply(error, request, response, plan.errorPage(error.code()));
    }
  }

  /** CherryPy's {@code handle_error}: the hooks around {@code error_response}, then finalising. */
  private void handleError(Throwable t, Request request, Response response, HandlerPlan plan) {
    try {
      ACCESS.error(request, t);
      ACCESS.stage(request, "before_error_response");
      plan.hooks.run(HookPoint.BEFORE_ERROR_RESPONSE, request, response);
      try {
        response.setStream(false);
        if (plan.errorResponse != null && !(t instanceof HTTPError)) {
          plan.errorResponse.run(request, response);
        } else {
          HTTPError error = t instanceof HTTPError ? (HTTPError) t : new UnexpectedError(t);
          ErrorResponses.apply(error, request, response, plan.errorPage(error.code()));
        }
      } catch (HTTPRedirect r) {
        ErrorResponses.apply(r, response);
      }
      ACCESS.stage(request, "after_error_response");
      plan.hooks.run(HookPoint.AFTER_ERROR_RESPONSE, request, response);
      ResponseFinalizer.finalizeResponse(response);
    } catch (InternalRedirect e) {
      throw e;
    } catch (Throwable again) {
      ErrorLog.error("HTTP", "error response for " + request.requestLine() + " failed", again);
      ErrorResponses.bare500(response, again, request.showTracebacks());
    }
  }

  private static Callable<Object> notFoundHandler(NotFound notFound) {
    return () -> {
      throw notFound;
    };
  }

  /** The 500 for an unexpected exception; its traceback is that of the exception itself. */
  private static final class UnexpectedError extends HTTPError {
    private static final long serialVersionUID = 1L;
    private final transient Throwable cause;

    UnexpectedError(Throwable cause) {
      super(500, null);
      this.cause = cause;
    }

    @Override
    public void printStackTrace(java.io.PrintWriter s) {
      cause.printStackTrace(s);
    }
  }
}
