package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcherry.fixture.Slow;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;

/**
 * "A stop finishes the requests in flight within a grace period and loses none": client threads
 * keep a slow handler busy, the engine stops mid-load, and every request that reached the handler
 * must have its whole answer; afterwards new connections are refused.
 */
class GracefulStopTest {
  private static final int CLIENTS = 6;

  /** What one attempt came to. */
  private enum Outcome {
    ANSWERED,
    TURNED_AWAY,
    REFUSED,
    RESET_BEFORE_ANSWER,
    CUT_OFF
  }

  @Test
  void stoppingUnderLoadAnswersEveryAcceptedRequestCompletely() throws Exception {
    Slow slow = new Slow();
    CherryServer server =
        CherryServer.of(slow)
            .global("server.thread_pool", 4)
            .global("server.shutdown_timeout", 30)
            .start();
    int port = server.port();
    AtomicBoolean stopped = new AtomicBoolean();
    AtomicInteger answered = new AtomicInteger();
    List<String> cutOff = Collections.synchronizedList(new ArrayList<>());
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      Thread t =
          new Thread(
              () -> {
                while (true) {
                  Outcome o = attempt(port, cutOff);
                  if (o == Outcome.ANSWERED) {
                    answered.incrementAndGet();
                  }
                  if (o == Outcome.REFUSED || stopped.get() && o != Outcome.ANSWERED) {
                    return;
                  }
                }
              },
              "load-" + i);
      t.start();
      clients.add(t);
    }
    while (slow.entered.get() < 3 * CLIENTS) {
      Thread.sleep(5);
    }
    server.engine().exit();
    stopped.set(true);
    for (Thread t : clients) {
      t.join();
    }

    assertEquals(List.of(), cutOff, "answers cut off mid-way");
    assertEquals(
        slow.entered.get(),
        answered.get(),
        "requests that reached the handler but got no whole answer");
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
  }

  /** One request on a fresh connection, read to the end and checked byte for byte. */
  private static Outcome attempt(int port, List<String> cutOff) {
    Socket socket;
    try {
      socket = new Socket("127.0.0.1", port);
    } catch (ConnectException refused) {
      return Outcome.REFUSED;
    } catch (IOException e) {
      cutOff.add("connect: " + e);
      return Outcome.CUT_OFF;
    }
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    try (socket) {
      socket.setSoTimeout(60_000);
      socket
          .getOutputStream()
          .write(
              "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        got.write(buf, 0, n);
      }
    } catch (IOException e) {
      if (got.size() == 0) {
        // Connected to the kernel's backlog after the server stopped accepting: never accepted.
        return Outcome.RESET_BEFORE_ANSWER;
      }
      cutOff.add(e + " after " + got.size() + " bytes");
      return Outcome.CUT_OFF;
    }
    String response = got.toString(StandardCharsets.ISO_8859_1);
    if (response.isEmpty()) {
      return Outcome.RESET_BEFORE_ANSWER;
    }
    int headEnd = response.indexOf("\r\n\r\n");
    String head = headEnd < 0 ? response : response.substring(0, headEnd + 2);
    String body = headEnd < 0 ? "" : response.substring(headEnd + 4);
    boolean whole = headEnd >= 0 && head.contains("\r\nContent-Length: " + body.length() + "\r\n");
    if (whole && head.startsWith("HTTP/1.1 200 OK\r\n") && body.equals(Slow.BODY)) {
      return Outcome.ANSWERED;
    }
    if (whole && !head.startsWith("HTTP/1.1 200 ")) {
      // Arrived while stopping and never reached the handler: Undertow's 503 (or its 400 for a
      // request still being read when the listener closed).
      return Outcome.TURNED_AWAY;
    }
    cutOff.add(
        "incomplete answer of "
            + response.length()
            + " bytes: "
            + response.substring(0, Math.min(120, response.length())));
    return Outcome.CUT_OFF;
  }

  @Test
  void attemptSeesAWholeAnswer() {
    // The checker itself, against a running server, so that the test above cannot pass vacuously.
    CherryServer server = CherryServer.of(new Slow()).start();
    try {
      List<String> cutOff = new ArrayList<>();
      assertEquals(Outcome.ANSWERED, attempt(server.port(), cutOff));
      assertTrue(cutOff.isEmpty(), cutOff.toString());
    } finally {
      server.stop();
    }
  }
}
