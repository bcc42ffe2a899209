package org.jcherry.bench;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.Headers;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The baseline: samples/hello's two routes written by hand on Undertow, with the least work a
 * blocking framework can do. Each request is moved to the worker pool ({@code dispatch}) and put in
 * blocking mode ({@code startBlocking}) as JCherry's runtime does, the path is matched by hand and
 * the body written to the blocking output stream. Ten worker threads, JCherry's default {@code
 * server.thread_pool}; Undertow's default IO threads.
 *
 * <p>With {@code --io}, the stack's limit instead: the same routes answered on the IO thread that
 * read the request, with no dispatch, the body given to Undertow's non-blocking sender.
 *
 * <p>{@code GET /wait} is bench/waiting.sh's 50 ms handler (a sleep, then {@code waited}). With
 * {@code --virtual-threads} (JDK 21+) every request is dispatched to a new virtual thread instead
 * of the ten workers: the least a server on virtual threads can do, the ceiling of that benchmark.
 *
 * <p>With {@code --static DIR}, bench/static.sh's baseline besides: the files of {@code DIR} under
 * {@code /static/}, served by Undertow's own {@code ResourceHandler} on a {@code
 * PathResourceManager} with its defaults (it moves to a worker itself, and sends a file of 1 KiB or
 * more with {@code transferFrom}).
 *
 * <pre>
 * java -jar jcherry-bench-*-raw-undertow.jar --port P [--io | --virtual-threads] [--static DIR]
 * </pre>
 */
public final class RawUndertow implements HttpHandler {
  private static final String CONTENT_TYPE = "text/html;charset=utf-8";
  private static final byte[] HELLO = "Hello, world!".getBytes(StandardCharsets.UTF_8);
  private static final byte[] WAITED = "waited".getBytes(StandardCharsets.UTF_8);

  private final boolean onIoThread;
  private final Executor workers; // null: Undertow's worker pool

  private RawUndertow(boolean onIoThread, Executor workers) {
    this.onIoThread = onIoThread;
    this.workers = workers;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread() && !onIoThread) {
      if (workers == null) {
        exchange.dispatch(this);
      } else {
        exchange.dispatch(workers, this);
      }
      return;
    }
    if (!onIoThread) {
      exchange.startBlocking();
    }
    String path = exchange.getRequestPath();
    if (path.equals("/upload") && !onIoThread) {
      upload(exchange);
      return;
    }
    if (path.equals("/")) {
      send(exchange, HELLO);
      return;
    }
    if (path.equals("/wait") && !onIoThread) {
      Thread.sleep(50);
      send(exchange, WAITED);
      return;
    }
    // /blog/{year}/{month}/{slug}?x=...
    if (path.startsWith("/blog/")) {
      String[] parts = path.substring("/blog/".length()).split("/", -1);
      Deque<String> x = exchange.getQueryParameters().get("x");
      if (parts.length == 3 && x != null && !x.isEmpty()) {
        String body =
            "year=" + parts[0] + " month=" + parts[1] + " slug=" + parts[2] + " x=" + x.getFirst();
        send(exchange, body.getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    exchange.setStatusCode(404);
    send(exchange, "Not Found".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * bench/bodies.sh's baseline: the multipart body parsed by Undertow's own {@code
   * FormParserFactory} (file parts spooled to disk past its threshold), answering the size of the
   * part named {@code file}.
   */
  private static void upload(HttpServerExchange exchange) throws java.io.IOException {
    try (FormDataParser parser = FORMS.createParser(exchange)) {
      FormData.FormValue file = parser.parseBlocking().getFirst("file");
      long size = file == null || !file.isFileItem() ? -1 : file.getFileItem().getFileSize();
      send(exchange, Long.toString(size).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final FormParserFactory FORMS = FormParserFactory.builder().build();

  private static void send(HttpServerExchange exchange, byte[] body) throws java.io.IOException {
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, CONTENT_TYPE);
    exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
    if (exchange.isInIoThread()) {
      exchange.getResponseSender().send(ByteBuffer.wrap(body));
      return;
    }
    OutputStream out = exchange.getOutputStream();
    out.write(body);
    out.close();
  }

  /**
   * A new virtual thread per task. The bench compiles for 17 (it runs there too), so the JDK 21
   * method is looked up by name; a benchmark may, the runtime never does.
   */
  private static Executor virtualThreads() {
    try {
      return (Executor) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("--virtual-threads needs a JDK 21+", e);
    }
  }

  public static void main(String[] args) {
    int port = Args.port(args);
    Executor workers = Args.flag(args, "--virtual-threads") ? virtualThreads() : null;
    HttpHandler handler = new RawUndertow(Args.flag(args, "--io"), workers);
    int dir = java.util.Arrays.asList(args).indexOf("--static");
    if (dir >= 0) {
      handler =
          Handlers.path(handler)
              .addPrefixPath(
                  "/static", new ResourceHandler(new PathResourceManager(Path.of(args[dir + 1]))));
    }
    Undertow.Builder server =
        Undertow.builder()
            .addHttpListener(port, "127.0.0.1")
            .setWorkerThreads(10)
            // JCherry's server.max_request_body_size (100 MB) for uploads, not Undertow's 2 MB
            // multipart default.
            .setServerOption(UndertowOptions.MULTIPART_MAX_ENTITY_SIZE, 104_857_600L)
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 104_857_600L)
            .setHandler(handler);
    if (workers != null) {
      // What a user of Undertow on virtual threads must do: its default pool keeps freed buffers
      // only in a cache per thread, lost with each virtual thread, so every answer would take a
      // new direct buffer. No cache per thread, a shared queue of up to 256 instead.
      server.setByteBufferPool(new DefaultByteBufferPool(true, 16 * 1024 - 20, 256, 0));
    }
    Undertow started = server.build();
    started.start();
    InetSocketAddress bound = (InetSocketAddress) started.getListenerInfo().get(0).getAddress();
    System.out.println("READY " + bound.getPort());
  }
}
