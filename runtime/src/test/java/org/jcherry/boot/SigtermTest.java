package org.jcherry.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Item 5 of issue 10 through a real process: {@link StopApp} runs in a fresh JVM with its own temp
 * directory, an upload stalls half-way (its spool file on disk), 32 keep-alive clients send GETs,
 * and the process gets SIGTERM. It must exit with status 0 within {@code shutdown_timeout} plus a
 * few seconds, lose no request (each is answered, turned away with 503, or refused before it was
 * sent; a connection reset before any answer on a fresh connection counts as refused, since the
 * kernel accepted it into the listen backlog and the server never read it), answer every request
 * after the signal with {@code Connection: close} (else the client's next request on it would be
 * lost), and leave no spool file behind.
 */
@DisabledOnOs(OS.WINDOWS)
class SigtermTest {
  private static final int CLIENTS = 32;
  private static final Pattern SERVING = Pattern.compile("serving on http://[^:]+:(\\d+)/");

  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger turnedAway = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger lost = new AtomicInteger();

  @Test
  void sigtermUnderKeepAliveLosesNothingAndExitsZero() throws Exception {
    Path tmp = Files.createTempDirectory("jcherry-sigterm");
    Process app =
        new ProcessBuilder(
                javaBin(),
                "-Xmx128m",
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                StopApp.class.getName(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    try {
      int port = port(app);
      Socket upload = stalledUpload(port, tmp);
      List<Thread> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        Thread t = new Thread(() -> keepAliveClient(port), "client-" + i);
        t.start();
        clients.add(t);
      }
      while (answered.get() < 4 * CLIENTS) {
        Thread.sleep(10);
      }
      long signalled = System.nanoTime();
      app.destroy(); // SIGTERM
      boolean exited = app.waitFor(StopApp.SHUTDOWN_TIMEOUT + 30, TimeUnit.SECONDS);
      double seconds = (System.nanoTime() - signalled) / 1e9;
      for (Thread t : clients) {
        t.join(20_000);
      }
      upload.close();
      String figures =
          String.format(
              "answered=%d turned_away=%d refused=%d lost=%d exit=%s exit_s=%.1f spool_left=%d",
              answered.get(),
              turnedAway.get(),
              refused.get(),
              lost.get(),
              exited ? app.exitValue() : "none",
              seconds,
              spoolFiles(tmp).size());
      System.out.println("SigtermTest: " + figures);
      assertTrue(exited, "no exit after SIGTERM: " + figures);
      assertEquals(0, app.exitValue(), figures);
      assertEquals(0, lost.get(), figures);
      assertEquals(List.of(), spoolFiles(tmp), figures);
      // A bound, not a measurement: the grace, then a few seconds for closing and the JVM's exit.
      assertTrue(seconds < StopApp.SHUTDOWN_TIMEOUT + 5, figures);
    } finally {
      app.destroyForcibly().waitFor();
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** Reads the app's output until it names its port; the rest is drained on a thread. */
  private static int port(Process app) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    out.transferTo(Writer.nullWriter());
                  } catch (IOException e) {
                    // the process ended
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IllegalStateException("StopApp did not start:\n" + seen);
  }

  /** An upload of 8 MiB that stops after 1 MiB, once its spool file exists. */
  private static Socket stalledUpload(int port, Path tmp) throws Exception {
    Socket s = new Socket("127.0.0.1", port);
    String boundary = "b0undary";
    String partHead =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n";
    long length = partHead.length() + 8L * 1024 * 1024 + ("\r\n--" + boundary + "--\r\n").length();
    OutputStream out = s.getOutputStream();
    out.write(
        ("POST /up/digest HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary="
                + boundary
                + "\r\nContent-Length: "
                + length
                + "\r\n\r\n"
                + partHead)
            .getBytes(StandardCharsets.US_ASCII));
    byte[] mib = new byte[1024 * 1024];
    out.write(mib);
    out.flush();
    for (int i = 0; i < 500 && spoolFiles(tmp).isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertTrue(!spoolFiles(tmp).isEmpty(), "the stalled upload made no spool file in " + tmp);
    return s;
  }

  /** GETs on one connection until an answer says Connection: close, then on a new one. */
  private void keepAliveClient(int port) {
    while (true) {
      Socket s;
      try {
        s = new Socket("127.0.0.1", port);
        s.setSoTimeout(20_000);
      } catch (ConnectException e) {
        refused.incrementAndGet();
        return;
      } catch (IOException e) {
        lost.incrementAndGet();
        return;
      }
      try (s) {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        boolean fresh = true;
        while (true) {
          Answer a;
          try {
            out.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            a = Answer.read(in);
          } catch (SocketException e) {
            if (fresh && unaccepted(e)) {
              refused.incrementAndGet(); // in the backlog when the listener closed: never read
              return;
            }
            throw e;
          }
          if (a == null) {
            lost.incrementAndGet(); // closed without an answer
            return;
          }
          (a.status == 200 ? answered : turnedAway).incrementAndGet();
          fresh = false;
          if (a.close) {
            break;
          }
        }
      } catch (IOException e) {
        lost.incrementAndGet();
        return;
      }
    }
  }

  /** A reset (seen on the write or the read) of a connection the server never read from. */
  private static boolean unaccepted(SocketException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return m.contains("reset") || m.contains("broken pipe");
  }

  /** The status and framing of one answer, its body read off. */
  private record Answer(int status, boolean close) {
    static Answer read(InputStream in) throws IOException {
      String statusLine = line(in);
      if (statusLine == null) {
        return null;
      }
      long length = 0;
      boolean close = false;
      for (String h; !(h = line(in)).isEmpty(); ) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      for (long left = length; left > 0; ) {
        long n = in.skip(left);
        if (n <= 0) {
          if (in.read() < 0) {
            throw new IOException("answer cut off");
          }
          n = 1;
        }
        left -= n;
      }
      return new Answer(Integer.parseInt(statusLine.split(" ")[1]), close);
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c; (c = in.read()) != '\n'; ) {
        if (c < 0) {
          if (b.length() == 0) {
            return null;
          }
          throw new IOException("answer cut off in its head");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }
  }

  private static List<Path> spoolFiles(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.toList();
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
