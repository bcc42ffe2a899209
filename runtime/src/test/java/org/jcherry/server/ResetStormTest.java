package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jcherry.fixture.Slow;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;

/**
 * Fifty connections that each ask for a large answer and reset at once (issue 10: it used to leave
 * the server unable to answer a plain GET for seconds): after each storm, a plain GET on a new
 * connection is answered. The GET's patience is {@link RawConnection}'s generous socket timeout,
 * not a measurement: the reset requests still run their handlers first (the server cannot see a
 * reset until it writes), so on a loaded machine the GET may wait for their CPU, about a second for
 * fifty 4 MiB answers' encoding on a cold JIT; it must never wait for a socket timeout.
 */
class ResetStormTest {
  private static final int CONNECTIONS = 50;
  private static final int STORMS = 2;

  @Test
  void aPlainGetIsAnsweredAfterFiftyLargeAnswersAreReset() throws Exception {
    CherryServer server = CherryServer.of(new Slow()).global("server.thread_pool", 10).start();
    try {
      for (int storm = 0; storm < STORMS; storm++) {
        String target = storm % 2 == 0 ? "/big" : "/endless";
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
          Socket s = new Socket("127.0.0.1", server.port());
          s.getOutputStream()
              .write(
                  ("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
          sockets.add(s);
        }
        for (Socket s : sockets) {
          s.setSoLinger(true, 0); // close() sends a reset
          s.close();
        }
        assertTrue(plainGet(server.port()).startsWith("HTTP/1.1 200 "), "after storm " + storm);
      }
    } finally {
      server.stop();
    }
  }

  private static String plainGet(int port) throws IOException {
    try (RawConnection c = RawConnection.open(port)) {
      c.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
      return c.readAnswer().head();
    }
  }
}
