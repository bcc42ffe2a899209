package org.jcherry.server;

import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.xnio.IoUtils;
import org.xnio.channels.StreamSinkChannel;

/**
 * The response body, written straight to the exchange's channel by the worker that made it; every
 * wait for the client is bounded by {@code server.socket_timeout} ({@link ClientWait}).
 */
final class ResponseChannelOutput {
  private static final String WHAT = "Writing the response";

  private final HttpServerExchange exchange;
  private final ClientWait wait;
  private StreamSinkChannel channel;

  ResponseChannelOutput(HttpServerExchange exchange, ClientWait.Limits limits) {
    this.exchange = exchange;
    this.wait = new ClientWait(exchange, limits);
  }

  /** Whether the status line and headers are committed: they go out with the first bytes. */
  boolean started() {
    return channel != null;
  }

  /** Writes all of {@code bytes}, committing the status and headers first if not yet done. */
  void write(ByteBuffer bytes) throws IOException {
    StreamSinkChannel c = channel();
    while (bytes.hasRemaining()) {
      if (c.write(bytes) > 0) {
        wait.progressed();
      } else {
        wait.await(c::awaitWritable, WHAT);
      }
    }
  }

  /**
   * Sends the first {@code length} bytes of the file {@code path} with the channel's {@code
   * transferFrom}: the kernel copies them from the page cache to the socket ({@code sendfile}), so
   * the file never passes through the heap. A file that turns out shorter than {@code length} (cut
   * while being sent) closes the connection: the client must not take a short body for a whole one.
   */
  void transfer(Path path, long length) throws IOException {
    StreamSinkChannel c = channel();
    try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
      long sent = 0;
      while (sent < length) {
        // The first bytes, which go out with the head, Undertow reads at the file's own position
        // (0 when opened, as it reads them in order); the rest at the one given.
        long n = c.transferFrom(file, sent, length - sent);
        if (n > 0) {
          sent += n;
          wait.progressed();
        } else if (sent >= file.size()) {
          exchange.setPersistent(false);
          IoUtils.safeClose(exchange.getConnection());
          throw new IOException(path + " ended after " + sent + " of its " + length + " bytes");
        } else {
          wait.await(c::awaitWritable, WHAT);
        }
      }
    }
  }

  /** Pushes what was written to the client, so that a streamed chunk is not held back. */
  void flush() throws IOException {
    StreamSinkChannel c = channel();
    while (!c.flush()) {
      wait.await(c::awaitWritable, WHAT);
    }
  }

  /** Ends the body, waits until the client has taken all of it, and ends the exchange. */
  void finish() throws IOException {
    channel().shutdownWrites();
    flush();
    exchange.endExchange();
  }

  private StreamSinkChannel channel() {
    if (channel == null) {
      channel = exchange.getResponseChannel();
    }
    return channel;
  }
}
