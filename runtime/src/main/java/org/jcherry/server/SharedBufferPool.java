package org.jcherry.server;

import io.undertow.connector.ByteBufferPool;
import io.undertow.connector.PooledByteBuffer;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Undertow's buffers for a server whose requests run on a virtual thread each: one pool that every
 * thread shares. Undertow's {@code DefaultByteBufferPool} keeps freed buffers only in a cache per
 * thread (its shared queue is off unless given a maximum size), found through a synchronized map
 * keyed by thread, with a finalizable entry per thread (with no cache per thread it still looks the
 * freeing thread up in that map, a lock every thread takes at every free); a thread that ends with
 * its request takes its cache with it, so every answer allocated, zeroed and freed a new 16 KiB
 * direct buffer, and each request added an entry for the collector to finalize. Measured on hello's
 * {@code /} on JDK 25, that was most of a virtual-thread request's CPU (bench/README.md). Here a
 * freed buffer goes back on one stack, the most recently freed (still warm in cache) handed out
 * first; at most {@code keep} are kept, the rest freed.
 */
final class SharedBufferPool implements ByteBufferPool {
  private final boolean direct;
  private final int size;
  private final int keep;
  private final ConcurrentLinkedDeque<ByteBuffer> free = new ConcurrentLinkedDeque<>();
  private final AtomicInteger kept = new AtomicInteger();
  private final SharedBufferPool heap;
  private volatile boolean closed;

  /** Direct buffers of {@code size} bytes, keeping at most {@code keep} free ones. */
  SharedBufferPool(int size, int keep) {
    this(true, size, keep);
  }

  private SharedBufferPool(boolean direct, int size, int keep) {
    this.direct = direct;
    this.size = size;
    this.keep = keep;
    this.heap = direct ? new SharedBufferPool(false, size, keep) : this;
  }

  @Override
  public PooledByteBuffer allocate() {
    ByteBuffer b = free.pollFirst();
    if (b == null) {
      b = direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
    } else {
      kept.decrementAndGet();
      b.clear();
    }
    return new Pooled(this, b);
  }

  private void release(ByteBuffer b) {
    // Over the limit, or closed, the buffer is left to the collector (a direct one's cleaner).
    if (!closed && kept.incrementAndGet() <= keep) {
      free.offerFirst(b);
    } else {
      kept.decrementAndGet();
    }
  }

  @Override
  public ByteBufferPool getArrayBackedPool() {
    return heap;
  }

  @Override
  public void close() {
    closed = true;
    free.clear();
    if (heap != this) {
      heap.close();
    }
  }

  @Override
  public int getBufferSize() {
    return size;
  }

  @Override
  public boolean isDirect() {
    return direct;
  }

  /**
   * One buffer on loan; the flag (this object itself, so a loan costs one allocation) makes a
   * second close a no-op, so no buffer is ever lent twice at once.
   */
  private static final class Pooled extends AtomicBoolean implements PooledByteBuffer {
    private static final long serialVersionUID = 1L;
    private final transient SharedBufferPool pool;
    private final transient ByteBuffer buffer;

    Pooled(SharedBufferPool pool, ByteBuffer buffer) {
      this.pool = pool;
      this.buffer = buffer;
    }

    @Override
    public ByteBuffer getBuffer() {
      if (get()) {
        throw new IllegalStateException("the buffer was given back");
      }
      return buffer;
    }

    @Override
    public boolean isOpen() {
      return !get();
    }

    @Override
    public void close() {
      if (compareAndSet(false, true)) {
        pool.release(buffer);
      }
    }
  }
}
