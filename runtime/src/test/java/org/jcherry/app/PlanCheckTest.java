package org.jcherry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.config.GlobalConfig;
import org.jcherry.fixture.SharedPlans;
import org.junit.jupiter.api.Test;

/**
 * The mount's plan check, which dispatches the first handler without config of its own per node and
 * gives the others that plan: what it finds is what dispatching every handler would find.
 */
class PlanCheckTest {
  private static Application mounted(Object root, Map<String, ?> config) {
    return new Tree(new GlobalConfig()).mount(root, "", config);
  }

  @Test
  void aNonBlockingHandlerAfterPlainOnesIsFound() {
    Application app = mounted(new SharedPlans(), Map.of());
    assertTrue(app.startsOnIoThread());
    assertTrue(app.servesOnIoThread("/quick/c"));
    assertFalse(app.servesOnIoThread("/quick/a"));
  }

  @Test
  void aBlockingToolOnTheNodeKeepsItsNonBlockingHandlerOffTheIoThread() {
    Application app =
        mounted(new SharedPlans(), Map.of("/", Map.of("tools.sessions.on", Boolean.TRUE)));
    assertFalse(app.startsOnIoThread());
  }

  @Test
  void aBadClassConfigFailsTheMountNamingTheNodesFirstHandler() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> mounted(new SharedPlans.WithBadChild(), null));
    assertTrue(e.getMessage().startsWith("Bad config for /bad/a "), e.getMessage());
  }

  @Test
  void aBadHandlerConfigAfterPlainHandlersFailsTheMountNamingIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> mounted(new SharedPlans.BadLastHandler(), null));
    assertEquals(
        "Bad config for /c (app mounted at ''): tools.gzip.on must be True or False, not yes"
            + " (in a handler's config (@CpConfig))",
        e.getMessage());
  }

  @Test
  void withPathSectionsEveryHandlerIsDispatched() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                mounted(
                    new SharedPlans(),
                    Map.of("/", Map.of(), "/quick/b", Map.of("tools.nosuch.on", Boolean.TRUE))));
    assertTrue(e.getMessage().startsWith("Bad config for /quick/b "), e.getMessage());
  }
}
