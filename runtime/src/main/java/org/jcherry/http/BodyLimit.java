package org.jcherry.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jcherry.HTTPError;

/**
 * A request body stream that answers 413 once more than a limit has been read: the server's {@code
 * server.max_request_body_size} for a body that announced no length, and a path's {@code
 * request.body.maxbytes}.
 */
public final class BodyLimit extends FilterInputStream {
  private final long max;
  private final String message;
  private final Runnable onOverflow;
  private long read;

  /**
   * @param message the 413's message, {@code null} for the standard one
   * @param onOverflow run before the 413 is thrown (the server closes the connection rather than
   *     draining the rest)
   */
  public BodyLimit(InputStream in, long max, String message, Runnable onOverflow) {
    super(in);
    this.max = max;
    this.message = message;
    this.onOverflow = onOverflow;
  }

  /** A limit with the standard 413 message that leaves the connection alone. */
  BodyLimit(InputStream in, long max) {
    this(in, max, null, () -> {});
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
      throw message == null ? new HTTPError(413) : new HTTPError(413, message);
    }
  }
}
