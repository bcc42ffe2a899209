package org.jcherry.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.Protocols;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jcherry.http.HeaderText;
import org.jcherry.http.Response;
import org.jcherry.http.ResponseBody;
import org.jcherry.log.ErrorLog;
import org.xnio.IoUtils;

/**
 * Writes a {@link Response} to its exchange: the status line and headers as CherryPy writes them,
 * then the body whole or streamed chunk by chunk, every wait for the client bounded by {@code
 * server.socket_timeout}.
 */
final class ResponseWriter {
  /** Wire names by the names handlers use; bounded, since a handler may make up names. */
  private static final Map<String, HttpString> HEADER_NAMES = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_NAMES = 512;

  private final ClientWait.Limits limits;

  ResponseWriter(ClientWait.Limits limits) {
    this.limits = limits;
  }

  /** Writes {@code response}, on a worker: waits for the client as long as it must. */
  void write(HttpServerExchange exchange, Response response) throws IOException {
    ResponseBody body = start(exchange, response);
    if (body instanceof ResponseBody.Bytes bytes && bytes.bytes().length > 0) {
      ResponseChannelOutput out = new ResponseChannelOutput(exchange, limits);
      out.write(ByteBuffer.wrap(bytes.bytes()));
      out.finish();
    } else if (body instanceof ResponseBody.File file) {
      ResponseChannelOutput out = new ResponseChannelOutput(exchange, limits);
      if (!exchange.getRequestMethod().equals(Methods.HEAD)) {
        out.transfer(file.path(), file.length());
      }
      out.finish();
    } else if (body instanceof ResponseBody.Chunks chunks) {
      writeStream(exchange, new ResponseChannelOutput(exchange, limits), chunks.chunks());
    } else if (body != null) {
      exchange.endExchange();
    }
  }

  /**
   * Writes {@code response} on the IO thread, which must not wait: Undertow's sender takes the
   * bytes and sends what the socket does not take at once when it is writable again. Returns {@code
   * false}, having written nothing, for a streamed body or a file: producing chunks or reading the
   * disk may block, so a worker must {@link #write} it.
   */
  boolean writeWithoutBlocking(HttpServerExchange exchange, Response response) {
    ResponseBody written = response.written();
    if (written instanceof ResponseBody.Chunks || written instanceof ResponseBody.File) {
      return false;
    }
    ResponseBody body = start(exchange, response);
    if (body instanceof ResponseBody.Bytes bytes && bytes.bytes().length > 0) {
      exchange.getResponseSender().send(ByteBuffer.wrap(bytes.bytes()));
    } else if (body != null) {
      exchange.endExchange();
    }
    return true;
  }

  /**
   * Sets the status line and headers of {@code response} on the exchange and returns its body, or
   * {@code null} when the connection broke while the request was read (then it is closed).
   */
  private static ResponseBody start(HttpServerExchange exchange, Response response) {
    if (exchange.isResponseStarted() || !exchange.getConnection().isOpen()) {
      // The connection broke while the request was read (socket_timeout, a client gone): the
      // error response has nobody to go to.
      exchange.setPersistent(false);
      IoUtils.safeClose(exchange.getConnection());
      return null;
    }
    // CherryPy's status line always says HTTP/1.1; an HTTP/1.0 connection still closes after it.
    boolean http11 = !exchange.getProtocol().equals(Protocols.HTTP_1_0);
    if (!http11) {
      exchange.setPersistent(false);
      exchange.setProtocol(Protocols.HTTP_1_1);
    }
    head(exchange, response);
    ResponseBody body = response.written();
    boolean chunked =
        http11
            && body instanceof ResponseBody.Chunks
            && !response.headers().contains("Content-Length")
            && !exchange.getRequestMethod().equals(Methods.HEAD);
    if (chunked) {
      // Chunked even when the client asked to close, as cheroot does; HTTP/1.0 gets a
      // close-delimited body.
      exchange.getResponseHeaders().put(Headers.TRANSFER_ENCODING, "chunked");
    }
    return body;
  }

  /**
   * The status line and headers of {@code response}, cookies last; values go out as {@link
   * HeaderText#wireValue} makes them (no control characters, RFC 2047 beyond Latin-1).
   */
  private static void head(HttpServerExchange exchange, Response response) {
    exchange.setStatusCode(response.status());
    if (!response.reason().equals(StatusCodes.getReason(response.status()))) {
      // Undertow writes its own phrase for the code, which is most often CherryPy's too.
      exchange.setReasonPhrase(response.reason());
    }
    HeaderMap out = exchange.getResponseHeaders();
    org.jcherry.http.HeaderMap headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      HttpString name = headerName(headers.nameAt(i));
      if (name != null) {
        out.add(name, HeaderText.wireValue(headers.valueAt(i)));
      }
    }
    if (response.hasCookies()) {
      for (String cookie : response.cookies().headerValues()) {
        out.add(Headers.SET_COOKIE, HeaderText.wireValue(cookie));
      }
    }
  }

  /**
   * The wire name of a header: Undertow's shared constant for a known one, Title-Cased as CherryPy
   * writes it, without control characters; {@code null} when nothing is left of it. Made once per
   * name: answers repeat the same few names.
   */
  private static HttpString headerName(String name) {
    HttpString cached = HEADER_NAMES.get(name);
    if (cached != null) {
      return cached;
    }
    String clean = HeaderText.wireName(name);
    if (clean.isEmpty()) {
      return null;
    }
    String titled = org.jcherry.http.HeaderMap.titleCase(clean);
    HttpString known = Headers.fromCache(titled);
    HttpString wire =
        known != null && known.toString().equals(titled) ? known : HttpString.tryFromString(titled);
    if (HEADER_NAMES.size() < MAX_CACHED_NAMES) {
      HEADER_NAMES.put(name, wire);
    }
    return wire;
  }

  /**
   * Sends a streamed body chunk by chunk. A chunk that fails before any byte went out turns the
   * answer into CherryPy's bare 500; one that fails later can only cut the connection, so the
   * client sees an incomplete body rather than a complete-looking one.
   */
  private static void writeStream(
      HttpServerExchange exchange, ResponseChannelOutput out, Iterator<byte[]> chunks)
      throws IOException {
    try {
      while (chunks.hasNext()) {
        out.write(ByteBuffer.wrap(chunks.next()));
        out.flush();
      }
    } catch (RuntimeException e) {
      ErrorLog.error(
          "HTTP",
          "streaming the response to "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI()
              + " failed",
          e);
      if (out.started()) {
        exchange.setPersistent(false);
        IoUtils.safeClose(exchange.getConnection());
        return;
      }
      Response failed = Response.plainText(500, "Unrecoverable error in the server.");
      exchange.getResponseHeaders().clear();
      head(exchange, failed);
      if (failed.written() instanceof ResponseBody.Bytes bytes) {
        out.write(ByteBuffer.wrap(bytes.bytes()));
      }
    }
    if (!out.started()) {
      // An empty stream is still chunked (its last chunk only): ending it unstarted would say
      // Content-Length: 0.
      out.flush();
    }
    out.finish();
  }
}
