package org.jcherry.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jcherry.HTTPError;

/** A body stream that answers 413 once more than {@code request.body.maxbytes} have been read. */
final class BodyLimit extends FilterInputStream {
  private final long maxBytes;
  private long read;

  BodyLimit(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
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
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > maxBytes) {
      throw new HTTPError(413);
    }
  }
}
