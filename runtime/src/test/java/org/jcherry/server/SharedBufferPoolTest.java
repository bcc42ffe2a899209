package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.connector.PooledByteBuffer;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The buffer pool of a server on virtual threads: a buffer freed on one thread is lent again on
 * another (Undertow's own pool would keep it in the ending thread's cache), never to two at once,
 * and no more than the limit are kept.
 */
class SharedBufferPoolTest {
  @Test
  void aBufferFreedOnOneThreadIsLentOnTheNext() throws Exception {
    SharedBufferPool pool = new SharedBufferPool(1024, 4);
    ByteBuffer[] first = new ByteBuffer[1];
    Thread t =
        new Thread(
            () -> {
              PooledByteBuffer b = pool.allocate();
              first[0] = b.getBuffer();
              b.getBuffer().put((byte) 7);
              b.close();
            });
    t.start();
    t.join();
    PooledByteBuffer again = pool.allocate();
    assertSame(first[0], again.getBuffer());
    assertEquals(0, again.getBuffer().position(), "cleared for its next user");
    assertEquals(1024, again.getBuffer().capacity());
    assertTrue(again.getBuffer().isDirect());
  }

  @Test
  void aSecondCloseDoesNotLendTheBufferTwice() {
    SharedBufferPool pool = new SharedBufferPool(64, 4);
    PooledByteBuffer b = pool.allocate();
    b.close();
    b.close();
    assertFalse(b.isOpen());
    assertThrows(IllegalStateException.class, b::getBuffer);
    assertNotSame(pool.allocate().getBuffer(), pool.allocate().getBuffer());
  }

  @Test
  void keepsNoMoreThanItsLimit() {
    SharedBufferPool pool = new SharedBufferPool(64, 2);
    PooledByteBuffer a = pool.allocate();
    PooledByteBuffer b = pool.allocate();
    PooledByteBuffer c = pool.allocate();
    ByteBuffer[] lent = {a.getBuffer(), b.getBuffer(), c.getBuffer()};
    a.close();
    b.close();
    c.close(); // over the limit: dropped
    ByteBuffer x = pool.allocate().getBuffer();
    ByteBuffer y = pool.allocate().getBuffer();
    ByteBuffer z = pool.allocate().getBuffer();
    assertSame(lent[1], x, "the most recently freed first");
    assertSame(lent[0], y);
    for (ByteBuffer l : lent) {
      assertNotSame(l, z, "a third was not kept");
    }
  }

  @Test
  void theHeapPoolLendsHeapBuffers() {
    SharedBufferPool pool = new SharedBufferPool(64, 2);
    assertFalse(pool.getArrayBackedPool().allocate().getBuffer().isDirect());
    assertFalse(pool.getArrayBackedPool().isDirect());
    assertSame(pool.getArrayBackedPool(), pool.getArrayBackedPool().getArrayBackedPool());
  }
}
