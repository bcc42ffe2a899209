package org.jcherry.http;

import java.io.InputStream;
import java.util.Random;

/** Hands out the body in random pieces of at most {@code maxChunk} bytes, as a network would. */
final class ChunkedStream extends InputStream {
  private final byte[] data;
  private final int maxChunk;
  private final Random random;
  private int pos;

  ChunkedStream(byte[] data, int maxChunk, Random random) {
    this.data = data;
    this.maxChunk = maxChunk;
    this.random = random;
  }

  @Override
  public int read() {
    return pos < data.length ? data[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (pos >= data.length) {
      return -1;
    }
    int n = Math.min(Math.min(len, data.length - pos), 1 + random.nextInt(maxChunk));
    System.arraycopy(data, pos, b, off, n);
    pos += n;
    return n;
  }
}
