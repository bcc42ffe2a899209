package org.jcherry.samples.sessions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import redis.clients.jedis.RedisClient;

/**
 * The commands clients send to a redis-server, as its {@code MONITOR} feed shows them: the round
 * trips, not the commands a script runs inside Redis (which {@code INFO commandstats} would count
 * too).
 */
final class RedisMonitor implements AutoCloseable {
  private final Socket feed;
  private final BufferedReader lines;
  private final RedisClient marker;

  RedisMonitor(URI redis) throws IOException {
    feed = new Socket(redis.getHost(), redis.getPort());
    feed.setSoTimeout(10_000);
    feed.getOutputStream().write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
    lines =
        new BufferedReader(new InputStreamReader(feed.getInputStream(), StandardCharsets.UTF_8));
    String ok = lines.readLine();
    if (!"+OK".equals(ok)) {
      throw new IOException("MONITOR answered " + ok);
    }
    marker = RedisClient.create(redis);
  }

  /**
   * The commands sent while {@code action} ran, by lower-case name, with how many times. Left out:
   * the PING of a connection pool's idle check, which no request sends.
   */
  Map<String, Long> commandsOf(Runnable action) {
    // Redis runs commands one at a time: what the feed shows between the two markers is the
    // action's.
    drainUntil(mark(), null);
    action.run();
    Map<String, Long> sent = new TreeMap<>();
    drainUntil(mark(), sent);
    sent.remove("ping");
    return sent;
  }

  /** Sends a unique ECHO and answers how the feed quotes it. */
  private String mark() {
    String mark = "mark-" + UUID.randomUUID();
    marker.echo(mark);
    return '"' + mark + '"';
  }

  /** Reads the feed up to a line containing {@code last}, counting commands into {@code into}. */
  private void drainUntil(String last, Map<String, Long> into) {
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.contains(last)) {
          return;
        }
        // +1700000000.123456 [0 127.0.0.1:50000] "EVALSHA" "..." ...; a script's own: [0 lua]
        int source = line.indexOf('[');
        int close = line.indexOf(']', source);
        if (into != null && !line.substring(source, close).endsWith(" lua")) {
          int name = line.indexOf('"', close) + 1;
          String command = line.substring(name, line.indexOf('"', name)).toLowerCase(Locale.ROOT);
          into.merge(command, 1L, Long::sum);
        }
      }
      throw new IOException("the MONITOR feed ended");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    marker.close();
    feed.close();
  }
}
