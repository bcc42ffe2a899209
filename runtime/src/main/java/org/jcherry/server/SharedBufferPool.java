package org.jcherry.server;

import io.undertow.connector.ByteBufferPool;
import io.undertow.connector.PooledByteBuffer;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xnio.XnioIoThread;

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
 *
 * <p>An IO thread (a platform thread that lives as long as the server) keeps a few freed buffers of
 * its own besides, taken and given back without a lock: it reads every request and, for a
 * {@code @NonBlocking} handler, writes the answer too, so most loans never touch the shared stack
 * (profiled on {@code /fast}, the shared deque was 5% of the IO thread's samples).
 */
final class SharedBufferPool implements ByteBufferPool {
  /** Buffers an IO thread keeps for itself, beyond {@code keep}. */
  private static final int KEPT_PER_IO_THREAD = 4;

  private final boolean direct;
  private final int size;
  private final int keep;

  /** The shared stack: {@code free[0..kept)}, the top last; guarded by {@code this}. */
  private final ByteBuffer[] free;

  private int kept;
  private final ThreadLocal<Stack> ioThreadFree = ThreadLocal.withInitial(Stack::new);
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
    this.free = new ByteBuffer[keep];
    this.heap = direct ? new SharedBufferPool(false, size, keep) : this;
  }

  @Override
  public PooledByteBuffer allocate() {
    ByteBuffer b = Thread.currentThread() instanceof XnioIoThread ? takeOwn() : null;
    if (b == null) {
      b = takeShared();
    }
    if (b == null) {
      b = direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
    } else {
      b.clear();
    }
    return new Pooled(this, b);
  }

  private ByteBuffer takeOwn() {
    Stack own = ioThreadFree.get();
    return own.size == 0 ? null : own.pop();
  }

  private synchronized ByteBuffer takeShared() {
    if (kept == 0) {
      return null;
    }
    ByteBuffer b = free[--kept];
    free[kept] = null;
    return b;
  }

  private void release(ByteBuffer b) {
    // Over the limit, or closed, the buffer is left to the collector (a direct one's cleaner).
    if (closed || (Thread.currentThread() instanceof XnioIoThread && keepOwn(b))) {
      return;
    }
    keepShared(b);
  }

  private boolean keepOwn(ByteBuffer b) {
    Stack own = ioThreadFree.get();
    if (own.size == KEPT_PER_IO_THREAD) {
      return false;
    }
    own.buffers[own.size++] = b;
    return true;
  }

  private synchronized void keepShared(ByteBuffer b) {
    if (!closed && kept < keep) {
      free[kept++] = b;
    }
  }

  @Override
  public ByteBufferPool getArrayBackedPool() {
    return heap;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      Arrays.fill(free, null);
      kept = 0;
    }
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

  /** The buffers one IO thread keeps, used by that thread alone. */
  private static final class Stack {
    final ByteBuffer[] buffers = new ByteBuffer[KEPT_PER_IO_THREAD];
    int size;

    ByteBuffer pop() {
      ByteBuffer b = buffers[--size];
      buffers[size] = null;
      return b;
    }
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
