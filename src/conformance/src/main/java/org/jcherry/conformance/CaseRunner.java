package org.jcherry.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs cases against a server as check.py's {@code run_case} does: every step on a fresh TCP
 * connection, the request written in one go ({@link WireRequest}), the answer read with {@code
 * http.client}'s rules ({@link ResponseReader}), each client's cookie jar updated when the case
 * keeps cookies, and the first step that differs ends the case.
 */
public final class CaseRunner {
  /** check.py's socket timeout, for connecting and for every read. */
  public static final int TIMEOUT_MILLIS = 20_000;

  private final BaseUrl base;

  public CaseRunner(BaseUrl base) {
    this.base = base;
  }

  public CaseRunner(String base) {
    this(BaseUrl.parse(base));
  }

  public BaseUrl base() {
    return base;
  }

  /**
   * Runs {@code c}; returns its differences, empty when it passed. A connection that cannot be made
   * or written is a difference too ({@code connection error: ...}), as check.py reports it.
   */
  public List<String> run(CaseFile.Case c) {
    try {
      return runSteps(c);
    } catch (IOException e) {
      return List.of("connection error: " + ResponseReader.describe(e));
    }
  }

  private List<String> runSteps(CaseFile.Case c) throws IOException {
    Map<String, CookieJar> jars = new HashMap<>();
    List<CaseFile.Step> steps = c.steps();
    for (int index = 0; index < steps.size(); index++) {
      CaseFile.Step step = steps.get(index);
      CookieJar jar = jars.computeIfAbsent(step.client(), k -> new CookieJar());
      String cookie = null;
      if (c.cookies()) {
        String path = step.request().has("path") ? step.request().get("path").asText() : "/";
        cookie = jar.headerFor(base.expand(path));
      }
      Observed obs = send(WireRequest.build(step.request(), base, cookie));
      if (c.cookies()) {
        jar.update(obs);
      }
      List<String> diffs = Expectations.compare(step.expect(), obs, base);
      if (!diffs.isEmpty()) {
        if (!c.multiStep()) {
          return diffs;
        }
        List<String> prefixed = new ArrayList<>(diffs.size());
        for (String d : diffs) {
          prefixed.add("step " + (index + 1) + ": " + d);
        }
        return prefixed;
      }
    }
    return List.of();
  }

  /**
   * Sends one request on a fresh connection and reads the answer. Failing to connect or to write
   * throws; anything that goes wrong while reading is recorded in the observation instead.
   */
  public Observed send(WireRequest request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.host(), base.port()), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request.bytes());
      out.flush();
      try {
        return ResponseReader.read(socket.getInputStream(), request.method());
      } catch (RuntimeException e) {
        return Observed.none(e.toString());
      }
    }
  }
}
