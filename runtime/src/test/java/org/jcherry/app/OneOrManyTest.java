package org.jcherry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jcherry.fixture.Untyped;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An {@code Object} parameter over the socket takes what CherryPy's untyped parameter takes: a
 * String for one value, a List for a repeated one (from the query, the path or the body), its
 * default when absent, and a 404 when a required one is missing; an {@code Optional<Object>}
 * (CherryPy's {@code name=None}) is empty when absent.
 */
class OneOrManyTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Untyped()).global("environment", "production");

  @Test
  void oneValueIsAStringAndRepeatedOnesAList(TestClient client) {
    assertEquals("str(a) str(nobody)", client.get("/show?name=a").body());
    assertEquals("list[a, b] str(x)", client.get("/show?name=a&name=b&other=x").body());
    assertEquals("str(p) str(q)", client.get("/show/p/q").body());
    assertEquals("list[1, 2] str(nobody)", client.post("/show?name=1", Map.of("name", "2")).body());
  }

  @Test
  void anOptionalOneIsEmptyWhenAbsent(TestClient client) {
    assertEquals("None", client.get("/maybe").body());
    assertEquals("str(a)", client.get("/maybe?name=a").body());
    assertEquals("list[a, b]", client.get("/maybe?name=a&name=b").body());
    assertEquals("str(p)", client.get("/maybe/p").body());
  }

  @Test
  void aMissingOneWithoutDefaultIsA404(TestClient client) {
    assertEquals(404, client.get("/show").status());
  }
}
