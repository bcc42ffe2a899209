package org.jcherry.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A test server that answers each connection with canned bytes chosen by the request target, then
 * closes; it keeps every request it received, byte for byte. A {@code null} answer closes without
 * answering.
 */
final class CannedServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Function<String, byte[]> answers;
  private final List<byte[]> requests = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  CannedServer(Function<String, byte[]> answers) throws IOException {
    this.answers = answers;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::serve, "canned-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String base() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** The requests received so far, as Latin-1 text. */
  List<String> requests() {
    return requests.stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).toList();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(5000);
        byte[] request = readRequest(s.getInputStream());
        requests.add(request);
        String text = new String(request, StandardCharsets.ISO_8859_1);
        String[] words = text.split(" ", 3);
        byte[] answer = answers.apply(words.length > 1 ? words[1] : "");
        if (answer != null) {
          s.getOutputStream().write(answer);
          s.getOutputStream().flush();
        }
      } catch (IOException e) {
        // closed, or the client went away: serve the next one
      }
    }
  }

  private static byte[] readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int length = -1;
    int c;
    while ((c = in.read()) >= 0) {
      out.write(c);
      byte[] b = out.toByteArray();
      int n = b.length;
      if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') {
        String head = new String(b, StandardCharsets.ISO_8859_1);
        for (String line : head.split("\r\n")) {
          if (line.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        break;
      }
    }
    if (length > 0) {
      out.write(in.readNBytes(length));
    }
    return out.toByteArray();
  }

  static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
