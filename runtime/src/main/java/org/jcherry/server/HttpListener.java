package org.jcherry.server;

import io.undertow.connector.ByteBufferPool;
import io.undertow.protocols.ssl.UndertowXnioSsl;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.AlpnOpenListener;
import io.undertow.server.protocol.http.HttpOpenListener;
import io.undertow.server.protocol.http2.Http2OpenListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * One listening socket and the XNIO IO threads behind it, set up as {@code Undertow.start()} does
 * but with {@link StrictFramingConduit} put under every accepted connection before Undertow's
 * parser reads a byte of it ({@code Undertow.Builder} has no place for that). TLS, with HTTP/2
 * offered by ALPN when asked, as Undertow's HTTPS listener.
 */
final class HttpListener {
  /** Undertow's own buffer size for a JVM with more than 128 MB: 16 KiB less room for TLS. */
  private static final int BUFFER_SIZE = 16 * 1024 - 20;

  /**
   * Free buffers a pool keeps beyond the threads' own (4 MiB at most). Undertow's default keeps
   * none ({@code -1}): a buffer an IO thread filled and a worker released was freed, and a new
   * direct buffer allocated for nearly every request with a body. On virtual threads the pool is
   * one shared stack, as a thread's own cache would end with its request.
   */
  private static final int BUFFERS_KEPT = 256;

  private final XnioWorker worker;
  private final ByteBufferPool buffers;
  private final AcceptingChannel<? extends StreamConnection> channel;
  private final AtomicInteger connections;

  private HttpListener(
      XnioWorker worker,
      ByteBufferPool buffers,
      AcceptingChannel<? extends StreamConnection> c,
      AtomicInteger connections) {
    this.worker = worker;
    this.buffers = buffers;
    this.channel = c;
    this.connections = connections;
  }

  /**
   * Binds {@code host:port} and starts accepting; {@code sslContext} {@code null} for plain HTTP.
   * {@code threadPerRequest}: the requests run on threads that end with them (virtual threads),
   * which Undertow's buffer pool, caching per thread, cannot serve cheaply.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static HttpListener open(
      String host,
      int port,
      int ioThreads,
      int xnioWorkerThreads,
      OptionMap undertowOptions,
      SSLContext sslContext,
      boolean http2,
      boolean threadPerRequest,
      HttpHandler handler)
      throws IOException {
    Xnio xnio = Xnio.getInstance(HttpListener.class.getClassLoader());
    XnioWorker worker =
        xnio.createWorker(
            OptionMap.builder()
                .set(Options.WORKER_IO_THREADS, ioThreads)
                .set(Options.CONNECTION_HIGH_WATER, 1_000_000)
                .set(Options.CONNECTION_LOW_WATER, 1_000_000)
                .set(Options.WORKER_TASK_CORE_THREADS, xnioWorkerThreads)
                .set(Options.WORKER_TASK_MAX_THREADS, xnioWorkerThreads)
                .set(Options.TCP_NODELAY, true)
                .set(Options.CORK, true)
                .getMap());
    ByteBufferPool buffers =
        threadPerRequest
            ? new SharedBufferPool(BUFFER_SIZE, BUFFERS_KEPT)
            : new DefaultByteBufferPool(true, BUFFER_SIZE, BUFFERS_KEPT, 4);
    OptionMap socketOptions =
        OptionMap.builder()
            .set(Options.WORKER_IO_THREADS, ioThreads)
            .set(Options.TCP_NODELAY, true)
            .set(Options.REUSE_ADDRESSES, true)
            .set(Options.BALANCING_TOKENS, 1)
            .set(Options.BALANCING_CONNECTIONS, 2)
            .set(Options.BACKLOG, 1000)
            .getMap();
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
    AtomicInteger connections = new AtomicInteger();
    try {
      HttpOpenListener http11 = new HttpOpenListener(buffers, undertowOptions);
      http11.setRootHandler(handler);
      AcceptingChannel<? extends StreamConnection> channel;
      if (sslContext == null) {
        channel =
            worker.createStreamConnectionServer(
                address,
                ChannelListeners.openListenerAdapter(strict(http11, connections)),
                socketOptions);
      } else {
        ChannelListener<StreamConnection> open = http11;
        if (http2) {
          AlpnOpenListener alpn = new AlpnOpenListener(buffers, undertowOptions, http11);
          Http2OpenListener h2 = new Http2OpenListener(buffers, undertowOptions);
          h2.setRootHandler(handler);
          alpn.addProtocol(Http2OpenListener.HTTP2, h2, 10);
          alpn.addProtocol(Http2OpenListener.HTTP2_14, h2, 7);
          open = alpn;
        }
        UndertowXnioSsl ssl =
            new UndertowXnioSsl(
                xnio, OptionMap.create(Options.USE_DIRECT_BUFFERS, true), sslContext);
        channel =
            ssl.createSslConnectionServer(
                worker,
                address,
                (ChannelListener) ChannelListeners.openListenerAdapter(strict(open, connections)),
                socketOptions);
      }
      channel.resumeAccepts();
      return new HttpListener(worker, buffers, channel, connections);
    } catch (IOException | RuntimeException e) {
      worker.shutdownNow();
      buffers.close();
      throw e;
    }
  }

  /**
   * Checks the framing of every HTTP/1.x byte; a TLS connection that chose HTTP/2 by ALPN opens
   * with its preface, which the check passes through.
   */
  private static ChannelListener<StreamConnection> strict(
      ChannelListener<StreamConnection> open, AtomicInteger connections) {
    return connection -> {
      StrictFramingConduit.install(connection);
      connections.incrementAndGet();
      open.handleEvent(connection);
      // Counted out after Undertow's own close listener, which the open listener has just set.
      ChannelListener<? super StreamConnection> undertows = connection.getCloseListener();
      connection.setCloseListener(
          closed -> {
            connections.decrementAndGet();
            ChannelListeners.invokeChannelListener(closed, undertows);
          });
    };
  }

  /**
   * Waits until every connection is closed or {@code deadlineNanos} passes. While the server stops,
   * each request is answered with {@code Connection: close}, so busy connections end themselves
   * cleanly; false when some were still open at the deadline.
   */
  boolean awaitConnectionsClosed(long deadlineNanos) throws InterruptedException {
    while (connections.get() > 0) {
      if (System.nanoTime() - deadlineNanos >= 0) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  int port() {
    return channel.getLocalAddress(InetSocketAddress.class).getPort();
  }

  /** Closes the listening socket: connections already accepted stay open. */
  void stopAccepting() {
    IoUtils.safeClose(channel);
  }

  /** Closes every connection and stops the IO threads, waiting up to {@code millis} for them. */
  void close(long millis) throws InterruptedException {
    stopAccepting();
    worker.shutdown();
    if (!worker.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
      worker.shutdownNow();
    }
    buffers.close();
  }
}
