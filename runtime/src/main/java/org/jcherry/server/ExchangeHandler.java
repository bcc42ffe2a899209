package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.jcherry.app.HandOff;
import org.jcherry.app.Tree;
import org.jcherry.engine.Engine;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.AccessLog;
import org.xnio.IoUtils;

/**
 * The one Undertow handler of a JCherry server. On the IO thread, {@link Admission} lets a request
 * in or refuses it; an admitted one moves to a {@link RequestThreads} thread (handlers block, as
 * CherryPy's do), where {@link ExchangeRequests} makes a {@link Request} of it, the {@link Tree}
 * serves it inside the {@link EngineChannels}, {@link ResponseWriter} writes the answer and {@link
 * AccessLines} logs it; {@link InFlight} counts it out at the end. A request for a
 * {@code @NonBlocking} handler whose plan allows it is served on the IO thread instead, with no
 * hand-off ({@link Tree#serveOnIoThread}), when it has no body or {@link BodyBuffering} has its
 * whole body in memory, and goes on to a worker at the first thing that may block. The
 * collaborators are made once per server, so the split costs nothing per request.
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
    this.bodies = new BodyBuffering(socketTimeoutMillis, this::bodyRead);
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
      if (exchange.isRequestComplete() && mayServeOnIoThread(exchange)) {
        if (admission.enter(exchange)) {
          serveOnIoThread(exchange, false);
        }
      } else if (exchange.isRequestComplete() || HttpContinue.requiresContinueResponse(exchange)) {
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
    serveOnWorker(exchange, null, tree::serve);
  }

  /**
   * On the IO thread, once {@link BodyBuffering} has read what it will of the body: a body whole in
   * memory lets the request start there as one without a body would; any other goes to a worker.
   */
  private void bodyRead(HttpServerExchange exchange) throws IOException {
    if (mayServeOnIoThread(exchange) && BodyBuffering.isWhole(exchange)) {
      if (admission.enter(exchange)) {
        serveOnIoThread(exchange, true);
      }
    } else {
      toWorker(exchange);
    }
  }

  /**
   * Whether a request with no body, or its whole body in memory, may start on the IO thread: some
   * handler of the tree may be served there, no graft answers the path, and no engine listener
   * waits on its channels.
   */
  private boolean mayServeOnIoThread(HttpServerExchange exchange) {
    return tree.servesOnIoThread() && channels.quiet() && !UndertowGraft.answers(tree, exchange);
  }

  /**
   * On the IO thread, counted in flight: serves a request that has no body, or ({@code
   * bodyInMemory}) whose body {@link BodyBuffering} holds whole, as far as nothing on its way may
   * block ({@link Tree#serveOnIoThread}) and writes its answer without waiting; whatever may block
   * (the rest of the request, a streamed body) goes on on a worker, with the body already read.
   */
  private void serveOnIoThread(HttpServerExchange exchange, boolean bodyInMemory)
      throws IOException {
    Request request = null;
    Response response = null;
    boolean finished = true;
    try {
      InputStream body =
          bodyInMemory ? new ByteArrayInputStream(BodyBuffering.take(exchange)) : null;
      request = requests.toRequest(exchange, body);
      Response answer;
      try {
        answer = tree.serveOnIoThread(request);
      } catch (HandOff handOff) {
        finished = false;
        toWorker(exchange, request, r -> handOff.resume());
        return;
      }
      response = answer;
      if (inFlight.stopping()) {
        exchange.setPersistent(false);
      }
      if (!writer.writeWithoutBlocking(exchange, answer)) {
        finished = false;
        toWorker(exchange, request, r -> answer);
      }
    } finally {
      if (finished) {
        try {
          afterResponse(request, response, false);
        } finally {
          inFlight.leave();
        }
      }
    }
  }

  /**
   * On a worker: makes the request of {@code exchange} unless one is {@code given}, has {@code
   * serve} answer it inside the engine's channels, writes the answer and ends the request.
   */
  private void serveOnWorker(
      HttpServerExchange exchange, Request given, Function<Request, Response> serve)
      throws IOException {
    Response response = null;
    Request request = given;
    RequestChannelInput body =
        given != null || exchange.isRequestComplete()
            ? null
            : new RequestChannelInput(exchange, waits);
    try {
      if (request == null) {
        request = requests.toRequest(exchange, body);
      }
      channels.beforeRequest();
      response = serve.apply(request);
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
        afterResponse(request, response, true);
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
   * On the IO thread, for a request counted in already and begun there: a worker goes on with
   * {@code serve}.
   */
  private void toWorker(
      HttpServerExchange exchange, Request request, Function<Request, Response> serve) {
    Runnable task =
        () -> {
          try {
            serveOnWorker(exchange, request, serve);
          } catch (IOException e) {
            // As Undertow does with a handler's IOException: the connection cannot be trusted.
            IoUtils.safeClose(exchange.getConnection());
          }
        };
    if (workers == null) {
      exchange.dispatch(task);
    } else {
      exchange.dispatch(workers, task);
    }
  }

  /**
   * After writing: on_end_request hooks, then the temp files (a handler may answer with an upload's
   * own spool file), as CherryPy's request.close() before after_request; then the access line.
   */
  private void afterResponse(Request request, Response response, boolean onWorker) {
    if (request == null) {
      return;
    }
    request.close();
    if (onWorker) {
      channels.afterRequest(workers != null && workers.threadPerRequest());
    }
    if (response != null) {
      accessLines.log(request, response);
    }
  }
}
