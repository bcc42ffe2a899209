package org.jcherry.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jcherry.HTTPError;

/**
 * A request body that may hold at most {@code server.max_request_body_size} bytes. A declared
 * Content-Length over it is refused before reading (ExchangeHandler); this catches a chunked body
 * that grows past it: reading on is a 413, and {@code onOverflow} closes the connection rather
 * than draining the rest of the body.
 */
final class LimitedBody extends FilterInputStream {
  private final long max;
  private final Runnable onOverflow;
  private long read;

  LimitedBody(InputStream in, long max, Runnable onOverflow) {
    super(in);
    this.max = max;
    this.onOverflow = onOverflow;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) {
    read += n;
    if (read > max) {
      onOverflow.run();
      throw new HTTPError(413, "The entity sent with the request exceeds the maximum allowed bytes.");
    }
  }
}
