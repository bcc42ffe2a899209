package org.jcherry.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The object-tree dispatch rules of cherrypy-behaviour.md section 1, over a socket. */
class DispatchTest {
  @RegisterExtension static final CherryServer server = CherryServer.of(new Root());

  @Test
  void indexAnswersTheNodeAndItsOwnName(TestClient client) {
    assertEquals("features", client.get("/").body());
    assertEquals("features", client.get("/index").body());
  }

  @Test
  void indexWithoutSlashRedirectsKeepingTheQuery(TestClient client) {
    TestResponse r = client.get("/shelf?x=1");
    assertEquals(301, r.status());
    assertEquals(client.base() + "/shelf/?x=1", r.header("Location"));
    assertEquals(301, client.post("/shelf", Map.of()).status());
  }

  @Test
  void defaultTakesWhatNothingElseAnswers(TestClient client) {
    assertEquals("shelf index", client.get("/shelf/").body());
    assertEquals("shelf default a/b", client.get("/shelf/a/b").body());
    assertEquals("book 3", client.get("/shelf/book?n=3").body());
    // A non-index handler accepts a trailing slash silently.
    assertEquals("book 1", client.get("/shelf/book/").body());
  }

  @Test
  void punctuationBecomesUnderscoreAndAliasesAnswer(TestClient client) {
    assertEquals("page one via /page.one", client.get("/page.one").body());
    assertEquals("page one via /page-one", client.get("/page-one").body());
    TestResponse alias = client.get("/page.two");
    assertEquals("page one via /page.two", alias.body());
    assertEquals("two", alias.header("X-Page"));
  }

  @Test
  void childrenThroughGettersAndRuntimeClasses(TestClient client) {
    assertEquals(200, client.get("/mid/leaf/urls").status());
    assertEquals("woof", client.get("/pets/pet/speak").body());
    assertEquals("fetched", client.get("/pets/pet/fetch").body());
  }

  @Test
  void popargsOnTheClass(TestClient client) {
    TestResponse r = client.get("/blog/2024/05");
    assertEquals(301, r.status());
    assertEquals(client.base() + "/blog/2024/05/", r.header("Location"));
    assertEquals("blog 2024-5", client.get("/blog/2024/05/").body());
    assertEquals("create", client.get("/blog/create").body());
    // Real attributes win; popargs takes both segments otherwise.
    assertEquals(404, client.get("/blog/2024/create/").status());
  }

  @Test
  void popargsHandingOverToAChildAndToAMethod(TestClient client) {
    assertEquals("year 2020", client.get("/archive/2020/").body());
    assertEquals("delete year=2020 month=5", client.get("/archive/2020/5/delete").body());
  }

  @Test
  void cpDispatchPicksTheNextNode(TestClient client) {
    assertEquals("profile of bob", client.get("/users/bob/profile").body());
  }

  @Test
  void percentEncodedSlashStaysInsideASegment(TestClient client) {
    assertEquals("shelf default a/b/c", client.get("/shelf/a%2Fb/c").body());
    assertEquals(404, client.get("/shelf%2F").status());
  }

  @Test
  void unknownPathsAreNotFound(TestClient client) {
    TestResponse r = client.get("/nowhere/at/all");
    assertEquals(404, r.status());
    assertEquals("text/html;charset=utf-8", r.header("Content-Type"));
  }
}
