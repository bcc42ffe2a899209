package org.jcherry.samples.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.CpConfig;
import org.jcherry.Expose;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A misspelt request.* key in @CpConfig fails the handler's first request, naming the key. */
public class MisconfiguredHandlerTest {
  /** A handler whose config has a key no request attribute answers to. */
  public static class Misspelt {
    @Expose
    @CpConfig("request.show_traceback = False")
    public String index() {
      return "never served";
    }
  }

  @RegisterExtension
  static final CherryServer server = CherryServer.empty().mount(new Misspelt(), "", Map.of());

  @Test
  void failsNamingTheKey(TestClient client) {
    TestResponse r = client.get("/");
    assertEquals(500, r.status());
    assertTrue(
        r.body().contains("Unknown config key request.show_traceback in a handler's config (@CpConfig)"),
        r.body());
  }
}
