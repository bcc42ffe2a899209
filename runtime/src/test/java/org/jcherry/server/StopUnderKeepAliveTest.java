package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;

/**
 * A stop under 32 keep-alive clients loses nothing a client can see: every request sent is
 * answered, or refused cleanly (a whole 503, or a connection refused before anything was sent).
 * Answers given while stopping say {@code Connection: close}, so no client sends again on a
 * connection the server is about to close.
 */
class StopUnderKeepAliveTest {
  private static final int CLIENTS = 32;

  @Test
  void everyRequestIsAnsweredOrRefusedCleanly() throws Exception {
    CherryServer server =
        CherryServer.empty()
            .mount(new Shop(), "/shop", Map.of())
            .global("server.thread_pool", 4)
            .global("server.shutdown_timeout", 2)
            .start();
    int port = server.port();
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger turnedAway = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger resetUnsent = new AtomicInteger();
    AtomicInteger closeAfterStop = new AtomicInteger();
    List<String> lost = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stopping = new AtomicBoolean();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      Thread t =
          new Thread(
              () -> {
                while (!done.get()) {
                  RawConnection c;
                  try {
                    c = RawConnection.open(port);
                  } catch (ConnectException e) {
                    refused.incrementAndGet();
                    return;
                  } catch (IOException e) {
                    lost.add("connect: " + e);
                    return;
                  }
                  try (c) {
                    for (int sent = 0; ; sent++) {
                      c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\n\r\n");
                      RawConnection.Answer a;
                      try {
                        a = c.readAnswer();
                      } catch (IOException e) {
                        if (sent == 0 && stopping.get()) {
                          // A fresh connection the kernel had queued when the listener closed.
                          resetUnsent.incrementAndGet();
                        } else {
                          lost.add("request " + sent + " on a connection: " + e);
                        }
                        break;
                      }
                      if (a.head().startsWith("HTTP/1.1 200 ") && a.body().equals("shop index")) {
                        answered.incrementAndGet();
                      } else if (a.head().startsWith("HTTP/1.1 503 ")) {
                        turnedAway.incrementAndGet();
                      } else {
                        lost.add("answer: " + a.head());
                      }
                      if (a.head().contains("Connection: close")) {
                        if (stopping.get()) {
                          closeAfterStop.incrementAndGet();
                        }
                        break;
                      }
                    }
                  } catch (EOFException e) {
                    lost.add(e.toString());
                  } catch (IOException e) {
                    lost.add(e.toString());
                  }
                }
              },
              "keep-alive-" + i);
      t.start();
      clients.add(t);
    }
    while (answered.get() < 20 * CLIENTS) {
      Thread.sleep(5);
    }
    stopping.set(true);
    long start = System.nanoTime();
    server.engine().exit();
    long stopMillis = (System.nanoTime() - start) / 1_000_000;
    done.set(true);
    for (Thread t : clients) {
      t.join(20_000);
    }
    System.out.printf(
        "stop under %d keep-alive clients: answered=%d turned_away=%d refused=%d"
            + " reset_before_sending_on_fresh=%d closed_after_stop=%d lost=%d stop_ms=%d%n",
        CLIENTS,
        answered.get(),
        turnedAway.get(),
        refused.get(),
        resetUnsent.get(),
        closeAfterStop.get(),
        lost.size(),
        stopMillis);
    assertEquals(List.of(), lost, "requests lost");
    assertTrue(closeAfterStop.get() > 0, "no answer after the stop said Connection: close");
  }
}
