package org.jcherry.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.xnio.StreamConnection;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSourceConduit;

/**
 * The bottom of a connection's read side: every byte read goes through {@link MessageFraming}
 * before Undertow parses it, and Undertow never sees a byte of a faulty message. The messages
 * before the faulty one are passed up whole and served in order; then, if the fault is in a request
 * head (the connection is between exchanges, so nothing else is being written), this conduit
 * answers it itself with {@code Connection: close} and ends the stream. A fault inside a body
 * instead fails the body's read with {@link BadFraming}, which the worker reading it answers 400.
 */
final class StrictFramingConduit extends AbstractStreamSourceConduit<StreamSourceConduit> {
  /** A body whose framing is broken: answered 400, and the connection closes. */
  static final class BadFraming extends IOException {
    BadFraming(String message) {
      super(message);
    }
  }

  /** The most read and dropped after a refusal, so that closing does not reset the answer away. */
  private static final int LINGER_BYTES = 64 * 1024;

  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[4096]);

  private final MessageFraming framing = new MessageFraming();
  private final CountingSinkConduit rawSink;
  private long passed;
  private long heads;

  /** What was written when the head of the message being read was read: its answer starts after. */
  private long writtenAtHead;

  private boolean answered;

  private StrictFramingConduit(StreamSourceConduit next, CountingSinkConduit rawSink) {
    super(next);
    this.rawSink = rawSink;
  }

  /** Puts the check under everything Undertow will read from {@code connection}. */
  static void install(StreamConnection connection) {
    CountingSinkConduit sink = new CountingSinkConduit(connection.getSinkChannel().getConduit());
    connection.getSinkChannel().setConduit(sink);
    connection
        .getSourceChannel()
        .setConduit(new StrictFramingConduit(connection.getSourceChannel().getConduit(), sink));
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (framing.failure() != null && passed >= framing.cut()) {
      return refuse();
    }
    int start = dst.position();
    int n = next.read(dst);
    if (n <= 0) {
      return n;
    }
    int taken = scan(dst, start, n);
    if (framing.heads() != heads) {
      heads = framing.heads();
      writtenAtHead = rawSink.written();
    }
    if (framing.failure() != null) {
      int good = (int) Math.max(0, framing.cut() - passed);
      taken = Math.min(taken, good);
      dst.position(start + taken);
    }
    passed += taken;
    return taken > 0 || framing.failure() == null ? taken : refuse();
  }

  private int scan(ByteBuffer dst, int start, int n) {
    if (dst.hasArray()) {
      return framing.scan(dst.array(), dst.arrayOffset() + start, n);
    }
    // A direct buffer is scanned through the thread's scratch array a piece at a time: a copy per
    // read was an allocation of every byte received, bodies included.
    byte[] scratch = SCRATCH.get();
    int taken = 0;
    while (taken < n) {
      int len = Math.min(scratch.length, n - taken);
      dst.get(start + taken, scratch, 0, len);
      int t = framing.scan(scratch, 0, len);
      taken += t;
      if (t < len) {
        break;
      }
    }
    return taken;
  }

  /**
   * The stream after a fault: a head fault is answered here, once, and reads end; a body fault
   * fails every read, for the worker reading the body to answer.
   */
  private int refuse() throws IOException {
    MessageFraming.Failure f = framing.failure();
    if (!answered) {
      answered = true;
      // A body fault is met by the worker reading the body; Undertow closes the connection when
      // the read fails, so the 400 goes out here, unless the answer to that message has begun.
      if (f.inHead() || rawSink.written() == writtenAtHead) {
        answer(f);
      }
    }
    if (!f.inHead()) {
      throw new BadFraming(f.message());
    }
    return -1;
  }

  private void answer(MessageFraming.Failure f) {
    byte[] body = f.message().getBytes(StandardCharsets.US_ASCII);
    String head =
        "HTTP/1.1 "
            + f.status()
            + " "
            + f.reason()
            + "\r\nContent-Type: text/plain\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    ByteBuffer out = ByteBuffer.allocate(head.length() + body.length);
    out.put(head.getBytes(StandardCharsets.US_ASCII)).put(body).flip();
    try {
      // Small enough for the socket's buffer; what does not fit is dropped with the connection.
      rawSink.write(out);
      rawSink.terminateWrites();
      rawSink.flush();
      // Closing with unread bytes resets the connection, which can discard the answer in flight.
      ByteBuffer drop = ByteBuffer.allocate(8192);
      for (int read = 0; read < LINGER_BYTES; read += 8192) {
        drop.clear();
        if (next.read(drop) <= 0) {
          break;
        }
      }
    } catch (IOException e) {
      // The client is gone: nothing to answer.
    }
  }

  /**
   * A refusal is pending once the sound bytes before it are passed up; no more bytes may come from
   * the socket, so the reader is woken instead of waiting for them.
   */
  @Override
  public void resumeReads() {
    if (framing.failure() != null) {
      next.wakeupReads();
    } else {
      next.resumeReads();
    }
  }

  @Override
  public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
    for (int i = offs; i < offs + len; i++) {
      if (dsts[i].hasRemaining()) {
        return read(dsts[i]);
      }
    }
    return 0;
  }

  @Override
  public long transferTo(long position, long count, FileChannel target) throws IOException {
    return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
  }

  @Override
  public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target)
      throws IOException {
    return Conduits.transfer(this, count, throughBuffer, target);
  }
}
