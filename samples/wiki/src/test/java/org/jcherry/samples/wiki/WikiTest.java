package org.jcherry.samples.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wiki over a real socket: accounts, pages, history, attachments, the API and bad input. */
class WikiTest {
  @RegisterExtension static final CherryServer server = WikiServers.embedded();

  private static Visitor loggedIn(TestClient client, String name) {
    Visitor v = new Visitor(client);
    TestResponse r = v.register(name, "correct horse");
    assertEquals(303, r.status(), r::body);
    return v;
  }

  @Test
  void theRootLeadsToTheMainPage(TestClient client) {
    TestResponse r = client.get("/");
    assertEquals(303, r.status());
    assertTrue(r.header("Location").endsWith("/wiki/Main_Page/"));
    TestResponse page = client.get("/wiki/Main_Page");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<strong>JCherry Wiki</strong>"), page::body);
  }

  @Test
  void registeringLogsInWithANewSessionIdAndLogoutEndsIt(TestClient client) {
    Visitor v = new Visitor(client);
    v.get("/account/register");
    String before = v.cookies.get("session_id");
    TestResponse r =
        v.post("/account/register", "username", "reg_user", "password", "secret pass", "next", "");
    assertEquals(303, r.status(), r::body);
    assertNotEquals(before, v.cookies.get("session_id"));
    String page = v.get("/wiki/Main_Page").body();
    assertTrue(page.contains("Welcome, reg_user!"), page);
    assertTrue(page.contains("id=\"user\">reg_user<"), page);
    assertFalse(
        v.get("/wiki/Main_Page").body().contains("Welcome, reg_user"), "a flash shows once");
    assertEquals(303, v.post("/account/logout").status());
    assertTrue(v.get("/wiki/Main_Page").body().contains("You are logged out."));
    assertEquals(405, v.get("/account/logout").status());
  }

  @Test
  void loginChecksThePasswordAndComesBack(TestClient client) {
    loggedIn(client, "login_user");
    Visitor v = new Visitor(client);
    v.get("/account/login");
    TestResponse wrong = logIn(v, "not it", "");
    assertEquals(403, wrong.status());
    assertTrue(wrong.body().contains("Wrong user name or password."));
    TestResponse ok = logIn(v, "correct horse", "/wiki/Main_Page/history");
    assertEquals(303, ok.status());
    assertTrue(ok.header("Location").endsWith("/wiki/Main_Page/history"));
    TestResponse away = logIn(v, "correct horse", "//evil.example/");
    assertTrue(away.header("Location").endsWith("/wiki/Main_Page/"), "no open redirect");
  }

  private static TestResponse logIn(Visitor v, String password, String next) {
    return v.post("/account/login", "username", "login_user", "password", password, "next", next);
  }

  @Test
  void registrationFormsSayWhatIsWrong(TestClient client) {
    Visitor v = new Visitor(client);
    v.get("/account/register");
    TestResponse bad = v.post("/account/register", "username", "A!", "password", "12345678");
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("A user name is 3 to 32"), bad::body);
    TestResponse shortPw = v.post("/account/register", "username", "shorty", "password", "1");
    assertTrue(shortPw.body().contains("A password is 8 to 200"), shortPw::body);
    loggedIn(client, "taken_name");
    TestResponse taken =
        v.post("/account/register", "username", "taken_name", "password", "12345678");
    assertTrue(taken.body().contains("is taken"), taken::body);
  }

  @Test
  void editingNeedsALoginAndMakesRevisionsWithDiffs(TestClient client) {
    Visitor anonymous = new Visitor(client);
    TestResponse redirected = anonymous.get("/wiki/Edited/edit");
    assertEquals(303, redirected.status());
    assertTrue(
        redirected.header("Location").contains("/account/login?next=%2Fwiki%2FEdited%2Fedit"));

    Visitor v = loggedIn(client, "editor");
    assertEquals(404, v.get("/wiki/Edited").status());
    v.get("/wiki/Edited/edit");
    assertEquals(
        303,
        v.post("/wiki/Edited/edit", "body", "one\ntwo", "comment", "c1", "base", "0").status());
    v.get("/wiki/Edited/edit");
    assertEquals(
        303,
        v.post("/wiki/Edited/edit", "body", "one\nthree", "comment", "c2", "base", "1").status());
    String history = v.get("/wiki/Edited/history").body();
    assertTrue(history.contains("r2") && history.contains("c2") && history.contains("editor"));
    assertTrue(v.get("/wiki/Edited/history/1").body().contains("<p>one\ntwo</p>"));
    String diff = v.get("/wiki/Edited/diff?from=1&to=2").body();
    assertTrue(diff.contains("<span class=\"del\">-two</span>"), diff);
    assertTrue(diff.contains("<span class=\"add\">+three</span>"), diff);
  }

  @Test
  void aStaleEditIsAConflictNotALostUpdate(TestClient client) {
    Visitor v = loggedIn(client, "racer");
    v.get("/wiki/Raced/edit");
    v.post("/wiki/Raced/edit", "body", "first", "base", "0");
    v.get("/wiki/Raced/edit");
    v.post("/wiki/Raced/edit", "body", "second", "base", "1");
    TestResponse stale = v.post("/wiki/Raced/edit", "body", "stale", "base", "1");
    assertEquals(409, stale.status());
    assertTrue(stale.body().contains("Someone else saved this page (now r2)"), stale::body);
    assertTrue(stale.body().contains(">stale</textarea>"), "the user's text is kept");
  }

  @Test
  void badInputGetsAClearMessage(TestClient client) {
    Visitor v = loggedIn(client, "careless");
    v.get("/wiki/Careless/edit");
    TestResponse empty = v.post("/wiki/Careless/edit", "body", "  ", "base", "0");
    assertEquals(400, empty.status());
    assertTrue(empty.body().contains("The page text is empty"), empty::body);
    TestResponse badName = v.get("/wiki/bad.name");
    assertEquals(404, badName.status());
    assertTrue(badName.body().contains("A page name is 1 to 80 letters"), badName::body);
    assertFalse(badName.body().contains("at org.jcherry"), "no traceback");
    TestResponse noRev = v.get("/wiki/Main_Page/history/99");
    assertEquals(404, noRev.status());
    assertTrue(noRev.body().contains("Main Page has no revision 99."), noRev::body);
    assertEquals(404, v.get("/wiki/Main_Page/history/abc").status());
    TestResponse nowhere = v.get("/no/such/thing");
    assertEquals(404, nowhere.status());
    assertTrue(nowhere.body().contains("JCherry Wiki"), "the wiki's own 404 page");
  }

  @Test
  void whatUsersTypeIsEscapedAndReachesSqlOnlyAsAValue(TestClient client) {
    Visitor v = loggedIn(client, "mallory");
    v.get("/wiki/Xss/edit");
    v.post(
        "/wiki/Xss/edit",
        "body",
        "<script>alert(1)</script>\n\n[x](javascript:alert) ' OR 1=1 --",
        "comment",
        "<img src=x onerror=alert(3)>",
        "base",
        "0");
    String page = v.get("/wiki/Xss").body();
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    assertTrue(page.contains(">x</a>"), page);
    assertFalse(page.contains("href=\"javascript:"), page);
    assertFalse(v.get("/wiki/Xss/history").body().contains("<img src=x"));
    String found = v.get("/search?q=%27+OR+1%3D1").body();
    assertTrue(found.contains("href=\"" + client.base() + "/wiki/Xss/\""), found);
    assertTrue(v.get("/search?q=%25").body().contains("No pages found."), "% is no wildcard");
  }

  @Test
  void formsWithoutTheirTokenAndTamperedCookiesAreRefusedWith4xx(TestClient client) {
    Visitor v = loggedIn(client, "victim");
    v.get("/wiki/Main_Page/edit");
    v.token = "00".repeat(32);
    assertEquals(403, v.post("/wiki/Main_Page/edit", "body", "forged", "base", "1").status());
    v.cookies.put("csrf_token", "<>tampered");
    assertEquals(403, v.post("/wiki/Main_Page/edit", "body", "forged", "base", "1").status());
    Visitor forger = new Visitor(client);
    forger.cookies.put("session_id", "../../../etc/passwd");
    forger.cookies.put("csrf_token", "x".repeat(500));
    TestResponse r = forger.get("/wiki/Main_Page");
    assertEquals(200, r.status());
    assertNotEquals("../../../etc/passwd", forger.cookies.get("session_id"));
  }

  @Test
  void attachmentsUploadAndDownloadWithRangesAndLimits(TestClient client) {
    Visitor v = loggedIn(client, "uploader");
    v.get("/wiki/Main_Page");
    byte[] text = "hello attachment".getBytes(StandardCharsets.UTF_8);
    assertEquals(303, v.upload("/wiki/Main_Page/upload", "C:\\docs\\note.txt", text).status());
    assertTrue(v.get("/wiki/Main_Page").body().contains("Attached note.txt."));
    TestResponse whole = v.get("/wiki/Main_Page/files/note.txt");
    assertEquals("hello attachment", whole.body());
    assertEquals("attachment; filename=\"note.txt\"", whole.header("Content-Disposition"));
    TestResponse part =
        v.send("GET", "/wiki/Main_Page/files/note.txt", Map.of("Range", "bytes=6-9"), null);
    assertEquals(206, part.status());
    assertEquals("atta", part.body());
    v.get("/wiki/Main_Page");
    v.upload("/wiki/Main_Page/upload", "../../escape.txt", text);
    assertEquals(404, v.get("/wiki/Main_Page/files/..%2F..%2Fescape.txt").status());
    v.get("/wiki/Main_Page");
    v.upload("/wiki/Main_Page/upload", ".hidden", text);
    assertTrue(v.get("/wiki/Main_Page").body().contains("A file name is 1 to 120"));
    TestResponse big = v.upload("/wiki/Main_Page/upload", "big.bin", new byte[1_200_000]);
    assertEquals(413, big.status());
    assertTrue(big.body().contains("larger than this page accepts"), big::body);
    assertEquals(405, v.get("/wiki/Main_Page/upload").status());
    v.get("/wiki/Main_Page");
    assertEquals(303, v.post("/wiki/Main_Page/upload").status(), "no file part at all");
    assertTrue(v.get("/wiki/Main_Page").body().contains("Choose a file to upload."));
  }

  @Test
  void thePageListAndSearchArePaginated(TestClient client) {
    Visitor v = loggedIn(client, "prolific");
    for (int i = 0; i < 12; i++) {
      v.get("/wiki/Many_" + i + "/edit");
      v.post("/wiki/Many_" + i + "/edit", "body", "needle " + i, "base", "0");
    }
    String first = v.get("/search?q=needle").body();
    assertTrue(first.contains("Page 1 of 2") && first.contains("rel=\"next\""), first);
    String second = v.get("/search?q=needle&page=2").body();
    assertTrue(second.contains("Page 2 of 2") && second.contains("rel=\"prev\""), second);
    assertTrue(v.get("/wiki/?page=2").body().contains("Page 2 of"));
  }

  @Test
  void theApiReadsFreelyAndWritesWithASessionOrBasicAuth(TestClient client) {
    loggedIn(client, "robot");
    TestResponse list = client.get("/api/pages");
    assertEquals(200, list.status());
    assertTrue(list.header("Content-Type").startsWith("application/json"));
    Map<String, String> json = Map.of("Content-Type", "application/json");
    byte[] body =
        "{\"body\": \"from the api\", \"comment\": \"api\"}".getBytes(StandardCharsets.UTF_8);
    TestResponse anonymous = client.request("PUT", "/api/pages/Api_Made", json, body);
    assertEquals(401, anonymous.status());
    assertNotNull(anonymous.header("WWW-Authenticate"));
    assertEquals("application/json", anonymous.header("Content-Type"));
    assertTrue(anonymous.body().startsWith("{\"status\":401,\"reason\":\"Unauthorized\""));
    // As in CherryPy 18, the before_handler hook runs before MethodDispatcher's 405 (which the
    // handler raises), and every answer of the resource carries Allow.
    TestResponse anonymousPost = client.request("POST", "/api/pages", json, body);
    assertEquals(401, anonymousPost.status(), anonymousPost::body);
    assertEquals("DELETE, GET, HEAD, PUT", anonymousPost.header("Allow"));
    TestResponse missing = client.get("/api/pages/No_Such_Page");
    assertEquals(404, missing.status());
    assertEquals("application/json", missing.header("Content-Type"));
    assertEquals(
        "{\"status\":404,\"reason\":\"Not Found\",\"message\":\"There is no page No_Such_Page.\"}",
        missing.body().strip());
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("robot:correct horse".getBytes(StandardCharsets.UTF_8));
    Map<String, String> authed = Map.of("Content-Type", "application/json", "Authorization", basic);
    TestResponse put = client.request("PUT", "/api/pages/Api_Made", authed, body);
    assertEquals(200, put.status(), put::body);
    assertTrue(put.body().contains("\"rev\": 1"), put::body);
    assertTrue(client.get("/api/pages/Api_Made").body().contains("\"body\": \"from the api\""));
    TestResponse stale =
        client.request(
            "PUT",
            "/api/pages/Api_Made",
            authed,
            "{\"body\": \"x\", \"base\": 0}".getBytes(StandardCharsets.UTF_8));
    assertEquals(409, stale.status());
    TestResponse post = client.request("POST", "/api/pages", authed, new byte[0]);
    assertEquals(405, post.status());
    assertTrue(post.body().startsWith("{\"status\":405,"), post::body);
    assertEquals("DELETE, GET, HEAD, PUT", post.header("Allow"));
    assertEquals(200, client.request("DELETE", "/api/pages/Api_Made", authed, null).status());
    assertEquals(404, client.get("/api/pages/Api_Made").status());

    Visitor v = loggedIn(client, "session_robot");
    TestResponse bySession = v.send("PUT", "/api/pages/By_Session", json, body);
    assertEquals(200, bySession.status(), bySession::body);
  }

  @Test
  void assetsComeWithEtagsExpiresAndGzip(TestClient client) {
    TestResponse css =
        client.request("GET", "/assets/wiki.css", Map.of("Accept-Encoding", "gzip"), null);
    assertEquals(200, css.status());
    assertEquals("gzip", css.header("Content-Encoding"));
    assertNotNull(css.header("Expires"));
    String etag = css.header("ETag");
    assertNotNull(etag);
    assertEquals(
        304,
        client.request("GET", "/assets/wiki.css", Map.of("If-None-Match", etag), null).status());
    // tools.staticdir, as CherryPy's: a path that leaves the directory is a 403, a missing file
    // 404.
    assertEquals(403, client.get("/assets/..%2Fdb%2Fmigration%2FV1__wiki.sql").status());
    assertEquals(404, client.get("/assets/missing.css").status());
  }
}
