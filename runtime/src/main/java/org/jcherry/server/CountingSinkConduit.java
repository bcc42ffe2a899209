package org.jcherry.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.xnio.channels.StreamSourceChannel;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

/**
 * The bottom of a connection's write side, counting the bytes written, so that {@link
 * StrictFramingConduit} can tell whether an answer to the message it refuses has begun.
 */
final class CountingSinkConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {
  private volatile long written;

  CountingSinkConduit(StreamSinkConduit next) {
    super(next);
  }

  long written() {
    return written;
  }

  private int count(int n) {
    if (n > 0) {
      written += n;
    }
    return n;
  }

  private long count(long n) {
    if (n > 0) {
      written += n;
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    return count(next.write(src));
  }

  @Override
  public long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
    return count(next.write(srcs, offs, len));
  }

  @Override
  public int writeFinal(ByteBuffer src) throws IOException {
    return count(next.writeFinal(src));
  }

  @Override
  public long writeFinal(ByteBuffer[] srcs, int offs, int len) throws IOException {
    return count(next.writeFinal(srcs, offs, len));
  }

  @Override
  public long transferFrom(FileChannel src, long position, long count) throws IOException {
    return count(next.transferFrom(src, position, count));
  }

  @Override
  public long transferFrom(StreamSourceChannel source, long count, ByteBuffer throughBuffer)
      throws IOException {
    return count(next.transferFrom(source, count, throughBuffer));
  }
}
