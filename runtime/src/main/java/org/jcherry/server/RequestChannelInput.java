package org.jcherry.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import org.jcherry.HTTPError;
import org.jcherry.http.Response;
import org.xnio.channels.StreamSourceChannel;

/**
 * The request body as a blocking stream for handlers, read straight from the exchange's channel;
 * every wait for the client is bounded by {@code server.socket_timeout} ({@link ClientWait}).
 */
final class RequestChannelInput extends InputStream {
  /**
   * The most of an unread request body read to keep its connection; beyond it, closing is cheaper.
   */
  private static final long DRAIN_LIMIT = 1 << 20;

  private final HttpServerExchange exchange;
  private final ClientWait wait;
  private StreamSourceChannel channel;
  private boolean ended;
  private byte[] one;

  RequestChannelInput(HttpServerExchange exchange, ClientWait.Limits limits) {
    this.exchange = exchange;
    this.wait = new ClientWait(exchange, limits);
  }

  @Override
  public int read() throws IOException {
    if (one == null) {
      one = new byte[1];
    }
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (ended) {
      return -1;
    }
    if (channel == null && !open()) {
      ended = true;
      return -1;
    }
    ByteBuffer buf = ByteBuffer.wrap(b, off, len);
    while (true) {
      int n = readSome(buf);
      if (n > 0) {
        wait.progressed();
        return n;
      }
      if (n < 0) {
        ended = true;
        return -1;
      }
      wait.await(channel::awaitReadable, "Reading the request body");
    }
  }

  /**
   * One read of the channel. A body whose framing is broken, or that ends before its declared
   * length, is the client's fault: 400, and the connection closes, since where the next message
   * would start is unknown.
   */
  private int readSome(ByteBuffer buf) throws IOException {
    try {
      return channel.read(buf);
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (StrictFramingConduit.BadFraming e) {
      throw badBody(e.getMessage());
    } catch (IOException e) {
      // Cut short (a half-close, a reset): if the client is gone, the 400 goes nowhere.
      throw badBody("The request body ended before its declared length");
    }
  }

  private HTTPError badBody(String message) {
    exchange.setPersistent(false);
    return new HTTPError(400, message);
  }

  /**
   * Takes the channel on the first read; false when Undertow has it already, so nothing more can be
   * read.
   */
  private boolean open() throws IOException {
    if (HttpContinue.requiresContinueResponse(exchange)) {
      // The client waits for leave to send its body: given when the body is first read, as cheroot
      // does.
      HttpContinue.ContinueResponseSender interim = HttpContinue.createResponseSender(exchange);
      while (!interim.send()) {
        wait.await(interim::awaitWritable, "Sending 100 Continue");
      }
      wait.progressed();
    }
    channel = exchange.getRequestChannel();
    return channel != null;
  }

  /**
   * Reads and drops what the handler left of the body, as cheroot does, so that the connection can
   * carry the next request, and gives the answer to send: {@code response}, or a 400 when the rest
   * turns out to be badly framed, since then the request was not what the handler saw. The
   * connection closes instead when the rest is large, cannot be read, or will never come (a client
   * waiting for {@code 100 Continue}).
   */
  Response dropUnread(Response response) {
    if (exchange.isRequestComplete() || !exchange.isPersistent()) {
      return response;
    }
    try {
      if (HttpContinue.requiresContinueResponse(exchange) || !drain(DRAIN_LIMIT)) {
        exchange.setPersistent(false);
      }
    } catch (IOException e) {
      exchange.setPersistent(false);
    } catch (HTTPError e) {
      return Response.plainText(400, e.errorMessage());
    }
    return response;
  }

  /**
   * Reads and drops the rest of the body; false when more than {@code limit} bytes are left, which
   * is cheaper to close than to read.
   */
  private boolean drain(long limit) throws IOException {
    // A handler that read the body to its last byte has not yet seen its end: one read sees it,
    // with no buffer made for every such request.
    if (read() < 0) {
      return true;
    }
    byte[] buf = new byte[8192];
    long left = limit - 1;
    for (int n; (n = read(buf, 0, buf.length)) >= 0; ) {
      left -= n;
      if (left < 0) {
        return false;
      }
    }
    return true;
  }
}
