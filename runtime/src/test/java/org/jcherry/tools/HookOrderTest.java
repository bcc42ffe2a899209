package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.jcherry.tools.fixture.Hooked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hook points run in CherryPy's order (behaviour reference 3.1), for a handler that answers,
 * one that raises an HTTPError and one that fails; hooks come from config ({@code
 * hooks.POINT[.SUFFIX]} with a HookCallback or a Hook) and sort by priority; after a failing hook
 * only failsafe ones run.
 */
class HookOrderTest {
  @RegisterExtension static final CherryServer server = ToolTests.server();

  private static final List<String> BEFORE_HANDLER =
      List.of("on_start_resource", "before_request_body", "p10", "p20", "p50", "p90", "HANDLER");

  @Test
  void normalRequest(TestClient client) {
    assertEquals(
        concat(BEFORE_HANDLER, "before_finalize", "on_end_resource", "on_end_request"),
        traceOf(client, "/hooked/ok", 200));
  }

  @Test
  void handlerRaisesHttpError(TestClient client) {
    assertEquals(
        concat(BEFORE_HANDLER, "before_finalize", "on_end_resource", "on_end_request"),
        traceOf(client, "/hooked/refuse", 404));
  }

  @Test
  void handlerFails(TestClient client) {
    assertEquals(
        concat(
            BEFORE_HANDLER,
            "on_end_resource",
            "before_error_response",
            "after_error_response",
            "on_end_request"),
        traceOf(client, "/hooked/boom", 500));
  }

  @Test
  void afterAnHttpErrorInAHookOnlyFailsafeHooksRun(TestClient client) {
    assertEquals(List.of("fails", "failsafe"), traceOf(client, "/fs/ok", 403));
  }

  @Test
  void afterAnUnexpectedErrorInAHookOnlyFailsafeHooksRunThenA500(TestClient client) {
    assertEquals(List.of("fails", "failsafe"), traceOf(client, "/fs500/ok", 500));
  }

  /**
   * The steps recorded for one request; on_end_request runs after the response is written, so wait
   * for it.
   */
  private static List<String> traceOf(TestClient client, String path, int status) {
    String id = UUID.randomUUID().toString();
    TestResponse r = client.request("GET", path, Map.of("X-Trace-Id", id), null);
    assertEquals(status, r.status(), r.toString());
    List<String> trace = Hooked.trace(id);
    for (int i = 0;
        i < 500 && !trace.isEmpty() && !last(trace).equals("on_end_request") && endsLater(path);
        i++) {
      sleep();
      trace = Hooked.trace(id);
    }
    return trace;
  }

  private static boolean endsLater(String path) {
    return path.startsWith("/hooked");
  }

  private static String last(List<String> l) {
    return l.get(l.size() - 1);
  }

  private static void sleep() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> out = new java.util.ArrayList<>(head);
    out.addAll(List.of(tail));
    return out;
  }
}
