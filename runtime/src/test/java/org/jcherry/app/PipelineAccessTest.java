package org.jcherry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.jcherry.fixture.PlanProbe;
import org.jcherry.http.ErrorPage;
import org.jcherry.http.PipelineAccess;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A handler reads the pipeline's state from its request but cannot set it: the pipeline holds the
 * only {@link PipelineAccess}, and the request reads its plan (config, tracebacks, error pages).
 */
class PipelineAccessTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(
              new PlanProbe(),
              "",
              Map.of(
                  "/",
                  Map.of(
                      "request.show_tracebacks",
                      false,
                      "error_page.418",
                      (ErrorPage.Renderer) (s, m, t, v) -> "teapot " + s)));

  @Test
  void aHandlerCannotClaimThePipelinesAccess(TestClient client) {
    assertEquals(
        "The request pipeline holds PipelineAccess already: it is not for handlers or tools",
        client.get("/").body());
  }

  @Test
  void theRequestReadsItsPlan(TestClient client) {
    assertEquals("false false", client.get("/plan").body());
    String page = client.get("/teapot").body();
    assertFalse(page.contains("Traceback"), page);
    assertEquals(true, page.startsWith("teapot 418"), page);
  }
}
