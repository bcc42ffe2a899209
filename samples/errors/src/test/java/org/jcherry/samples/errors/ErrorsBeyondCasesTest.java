package org.jcherry.samples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The parts of errors.py that have no recorded case, checked against what CherryPy 18.8 answers.
 */
class ErrorsBeyondCasesTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Root(), "", ErrorsApp.config())
          .global("environment", "production");

  /** CherryPy: a bare plain-text 500 (its traceback we leave out in production). */
  @Test
  void internalRedirectLoopIsABare500(TestClient client) {
    TestResponse r = client.get("/internal_loop");
    assertEquals(500, r.status());
    assertEquals("text/plain", r.header("Content-Type"));
    assertEquals("Unrecoverable error in the server.", r.body());
  }

  /** The body is collected before sending, so a late failure still becomes the 500 page. */
  @Test
  void failureAfterTheFirstChunkIsThe500Page(TestClient client) {
    TestResponse r = client.get("/boom_after_yield");
    assertEquals(500, r.status());
    assertEquals("text/html;charset=utf-8", r.header("Content-Type"));
    assertTrue(r.body().contains("<h2>500 Internal Server Error</h2>"), r.body());
    assertFalse(r.body().contains("first chunk"), r.body());
  }

  @Test
  void customErrorPageFileAnswersOtherMissingPathsBelowItsNode(TestClient client) {
    TestResponse r = client.get("/nopage/");
    assertEquals(404, r.status());
    assertTrue(r.body().startsWith("<html><head><title>Lost</title></head>"), r.body());
    assertTrue(r.body().contains("The path '/nopage/' was not found."), r.body());
  }

  @Test
  void customErrorPageIsOnlyForItsCode(TestClient client) {
    TestResponse r = client.get("/nopage/teapot");
    assertEquals(418, r.status());
    assertTrue(r.body().contains("<h2>418 I'm a Teapot</h2>"), r.body());
  }

  @Test
  void customErrorResponseLeavesHttpErrorsAlone(TestClient client) {
    TestResponse r = client.get("/custom/fail");
    assertEquals(409, r.status());
    assertTrue(r.body().contains("<p>conflict here</p>"), r.body());
    assertEquals(null, r.header("X-Error-Handler"));
  }

  @Test
  void unmappedParametersOfTargetAreListedSorted(TestClient client) {
    assertEquals(
        "target path=/target params=a=1,b=['x', 'y']", client.get("/target?b=x&a=1&b=y").body());
  }
}
