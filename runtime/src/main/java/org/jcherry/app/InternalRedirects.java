package org.jcherry.app;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.jcherry.InternalRedirect;
import org.jcherry.http.ErrorResponses;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.http.WorkerNeeded;

/**
 * Serves a request of one application and each internal redirect it raises, as a new GET request
 * with no body; a redirect back to a URL already served is a 500, as in CherryPy.
 */
final class InternalRedirects {
  private final Application app;
  private final RequestProcessor processor;

  InternalRedirects(Application app, RequestProcessor processor) {
    this.app = app;
    this.processor = processor;
  }

  /**
   * The response to {@code request}.
   *
   * @throws HandOff on the IO thread, when the rest of the request must be served on a worker
   */
  Response serve(Request request) {
    return serve(request, null, null);
  }

  /**
   * Serves {@code request}, reached after internal redirects from {@code visited} ({@code null});
   * with {@code dispatched}, from what the IO thread's dispatch of it found.
   */
  private Response serve(
      Request request, List<String> visitedBefore, RequestProcessor.Dispatched dispatched) {
    List<String> visited = visitedBefore;
    Request current = request;
    RequestProcessor.Dispatched found = dispatched;
    while (true) {
      Response response = Application.newResponse();
      Pipeline.ACCESS.enter(current, response);
      Pipeline.ACCESS.relativeUrls(current, app.relativeUrls());
      try {
        processor.respond(current, response, found);
        return response;
      } catch (InternalRedirect ir) {
        String old = current.scriptName() + current.pathInfo();
        visited = visited == null ? new ArrayList<>() : visited;
        visited.add(current.queryString().isEmpty() ? old : old + "?" + current.queryString());
        String target =
            app.scriptName()
                + ir.path()
                + (ir.queryString().isEmpty() ? "" : "?" + ir.queryString());
        if (visited.contains(target)) {
          Response failed = Application.newResponse();
          ErrorResponses.bare500(
              failed,
              new IllegalStateException(
                  "InternalRedirect cycle detected: " + target + " in " + visited),
              current.showTracebacks());
          return failed;
        }
        Request next = redirected(current, ir);
        if (current.onIoThread()) {
          // The redirect's target is served from the start on a worker, where it may block.
          List<String> seen = visited;
          throw new HandOff(() -> serve(next, seen, null));
        }
        current = next;
        found = null;
      } catch (RequestProcessor.Dispatched e) {
        Request again = current; // the first request: redirects are never followed on the IO thread
        throw new HandOff(() -> serve(again, null, e));
      } catch (WorkerNeeded e) {
        Request again = current;
        throw new HandOff(() -> serve(again, null, null));
      } finally {
        Pipeline.ACCESS.leave();
      }
    }
  }

  /** The new GET request an internal redirect makes, with no body. */
  private Request redirected(Request from, InternalRedirect ir) {
    String scriptName = app.scriptName();
    Request next =
        new Request(
            "GET",
            scriptName + ir.path(),
            ir.queryString(),
            from.protocol(),
            from.scheme(),
            from.headers(),
            from.local(),
            from.remote(),
            new ByteArrayInputStream(new byte[0]));
    Pipeline.ACCESS.mount(next, scriptName, ir.path());
    Pipeline.ACCESS.redirectedFrom(next, from);
    return next;
  }
}
