package org.jcherry.samples.config;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.CpConfig;
import org.jcherry.Expose;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;

/**
 * A misspelt request.* key in @CpConfig fails the mount, naming the key and the URL: mounting an
 * app builds the plan of every handler its tree exposes.
 */
public class MisconfiguredHandlerTest {
  /** A handler whose config has a key no request attribute answers to. */
  public static class Misspelt {
    @Expose
    @CpConfig("request.show_traceback = False")
    public String index() {
      return "never served";
    }
  }

  @Test
  void failsNamingTheKey() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> CherryServer.empty().mount(new Misspelt(), "", Map.of()));
    assertTrue(e.getMessage().contains("Bad config for /"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "Unknown config key request.show_traceback in a handler's config (@CpConfig)"),
        e.getMessage());
  }
}
