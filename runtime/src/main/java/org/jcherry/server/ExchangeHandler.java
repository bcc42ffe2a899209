package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import org.jcherry.app.Tree;
import org.jcherry.engine.Engine;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.AccessLog;

/**
 * The one Undertow handler of a JCherry server. On the IO thread, {@link Admission} lets a request
 * in or refuses it; an admitted one moves to a {@link RequestThreads} thread (handlers block, as
 * CherryPy's do), where {@link ExchangeRequests} makes a {@link Request} of it, the {@link Tree}
 * serves it inside the {@link EngineChannels}, {@link ResponseWriter} writes the answer and {@link
 * AccessLines} logs it; {@link InFlight} counts it out at the end. The collaborators are made once
 * per server, so the split costs nothing per request.
 */
final class ExchangeHandler implements HttpHandler {
  private final Tree tree;
  private final InFlight inFlight = new InFlight();
  private final Admission admission;
  private final BodyBuffering bodies;
  private final ExchangeRequests requests;
  private final EngineChannels channels;
  private final ResponseWriter writer;
  private final AccessLines accessLines;
  private final long socketTimeoutMillis;
  private final ClientWait.Limits waits;
  private final RequestThreads workers;

  /**
   * {@code workers} run the requests; {@code engine} may be {@code null}: then no channels are
   * published.
   */
  ExchangeHandler(
      Tree tree,
      String localName,
      ServerSettings settings,
      AccessLog accessLog,
      Engine engine,
      RequestThreads workers) {
    this.tree = tree;
    this.admission = new Admission(settings, inFlight);
    this.requests = new ExchangeRequests(localName, settings.maxRequestBodySize());
    this.channels = new EngineChannels(engine);
    this.socketTimeoutMillis = settings.socketTimeoutSeconds() * 1000L;
    this.waits = new ClientWait.Limits(socketTimeoutMillis, inFlight::cutOff);
    this.writer = new ResponseWriter(waits);
    this.bodies = new BodyBuffering(socketTimeoutMillis, this::toWorker);
    this.accessLines = new AccessLines(accessLog);
    this.workers = workers;
  }

  /** The requests in flight, for the server's stop. */
  InFlight inFlight() {
    return inFlight;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      if (!admission.admit(exchange)) {
        return;
      }
      if (exchange.isRequestComplete() || HttpContinue.requiresContinueResponse(exchange)) {
        toWorker(exchange);
      } else {
        bodies.read(exchange);
      }
      return;
    }
    boolean grafted;
    try {
      grafted = UndertowGraft.serve(tree, exchange);
    } catch (Exception | Error e) {
      inFlight.leave();
      throw e;
    }
    if (grafted) {
      inFlight.leave(); // a graft's own async work is its own to finish
      return;
    }
    Response response = null;
    Request request = null;
    RequestChannelInput body =
        exchange.isRequestComplete() ? null : new RequestChannelInput(exchange, waits);
    try {
      request = requests.toRequest(exchange, body);
      channels.beforeRequest();
      response = tree.serve(request);
      if (body != null) {
        response = body.dropUnread(response);
      }
      if (inFlight.stopping()) {
        // The connection will not outlive the stop: the client must not send on it again.
        exchange.setPersistent(false);
      }
      writer.write(exchange, response);
    } finally {
      try {
        afterResponse(request, response);
      } finally {
        inFlight.leave();
      }
    }
  }

  /** On the IO thread: counts the request in and gives it to a worker. */
  private void toWorker(HttpServerExchange exchange) {
    if (admission.enter(exchange)) {
      if (workers == null) {
        exchange.dispatch(this); // embedded: the user's Undertow worker threads
      } else {
        exchange.dispatch(workers, this);
      }
    }
  }

  /**
   * After writing: on_end_request hooks, then the temp files (a handler may answer with an upload's
   * own spool file), as CherryPy's request.close() before after_request; then the access line.
   */
  private void afterResponse(Request request, Response response) {
    if (request == null) {
      return;
    }
    request.close();
    channels.afterRequest(workers != null && workers.threadPerRequest());
    if (response != null) {
      accessLines.log(request, response);
    }
  }
}
