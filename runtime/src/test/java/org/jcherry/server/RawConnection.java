package org.jcherry.server;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A client connection driven byte by byte, for tests of what the server does with clients that
 * stall, hold back or stop reading. Every read gives up after {@link #PATIENCE_MILLIS}, far longer
 * than the one-second timeouts under test: reaching it means the server never gave up.
 */
final class RawConnection implements AutoCloseable {
  static final int PATIENCE_MILLIS = 15_000;

  private final Socket socket;

  private RawConnection(Socket socket) {
    this.socket = socket;
  }

  static RawConnection open(int port) throws IOException {
    Socket s = new Socket("127.0.0.1", port);
    s.setSoTimeout(PATIENCE_MILLIS);
    return new RawConnection(s);
  }

  Socket socket() {
    return socket;
  }

  InputStream in() throws IOException {
    return socket.getInputStream();
  }

  /** Sends {@code text} as Latin-1 bytes, as they are. */
  void send(String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** One answer with a Content-Length body: its status line and headers, and its body. */
  record Answer(String head, String body) {}

  /** Reads one answer with a Content-Length body to its end. */
  Answer readAnswer() throws IOException {
    InputStream in = in();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("closed before the answer: " + head);
      }
      head.append((char) b);
    }
    String h = head.toString();
    int length = Integer.parseInt(h.replaceAll("(?is).*\r\ncontent-length: *(\\d+).*", "$1"));
    return new Answer(h, new String(in.readNBytes(length), StandardCharsets.ISO_8859_1));
  }

  /** What the server sent before it closed the connection; a reset is a close too. */
  String readUntilClosed() throws IOException {
    StringBuilder got = new StringBuilder();
    byte[] buf = new byte[4096];
    try {
      for (int n; (n = in().read(buf)) >= 0; ) {
        got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (SocketException reset) {
      // Closed with a reset.
    }
    return got.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
