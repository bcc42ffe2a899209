package org.jcherry.samples.sessions;

import static org.jcherry.samples.sessions.SessionCookies.get;
import static org.jcherry.samples.sessions.SessionCookies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jcherry.session.SessionAuth;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** tools.session_auth over a socket: the login page, logging in and out, anonymous users. */
class SessionAuthTest {
  private static final List<String> EVENTS = new CopyOnWriteArrayList<>();
  private static final SessionAuth.CredentialsCheck CHECK =
      (user, password) ->
          "ada".equals(user) && "secret".equals(password) ? null : "Wrong login/password";

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(
              new Pages(),
              "/auth",
              auth(
                  Map.of(
                      "tools.session_auth.on_login",
                          (SessionAuth.Listener) u -> EVENTS.add("login " + u),
                      "tools.session_auth.on_logout",
                          (SessionAuth.Listener) u -> EVENTS.add("logout " + u))))
          .mount(
              new Pages(),
              "/anon",
              auth(Map.of("tools.session_auth.anonymous", (SessionAuth.Anonymous) () -> "guest")))
          .global("environment", "production");

  private static Map<String, Map<String, Object>> auth(Map<String, Object> more) {
    Map<String, Object> section = new HashMap<>(more);
    section.put("tools.sessions.on", true);
    section.put("tools.session_auth.on", true);
    section.put("tools.session_auth.session_key", "user");
    section.put("tools.session_auth.check_username_and_password", CHECK);
    return Map.of("/", section);
  }

  private static TestResponse post(TestClient client, String target, String id, String form) {
    return client.request(
        "POST",
        target,
        Map.of("Cookie", "session_id=" + id, "Content-Type", "application/x-www-form-urlencoded"),
        form.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRequestWithoutALoginGetsTheLoginPage(TestClient client) {
    TestResponse r = client.get("/auth/user?x=1");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("<form method=\"post\" action=\"do_login\">"), r.body());
    assertTrue(
        r.body().contains("name=\"from_page\" value=\"" + client.base() + "/auth/user?x=1\""),
        r.body());
  }

  @Test
  void logInAndOut(TestClient client) {
    String id = id(client.get("/auth/login_screen"));
    TestResponse wrong = post(client, "/auth/do_login", id, "username=ada&password=nope");
    assertEquals(200, wrong.status());
    assertTrue(wrong.body().contains("Wrong login/password"), wrong.body());

    TestResponse ok =
        post(client, "/auth/do_login", id, "username=ada&password=secret&from_page=/auth/user");
    assertEquals(303, ok.status());
    assertEquals(client.base() + "/auth/user", ok.header("Location"));
    String loggedIn = id(ok);
    assertNotEquals(id, loggedIn, "a login regenerates the session id");
    assertEquals("user=ada", get(client, "/auth/user", loggedIn).body());
    assertTrue(
        get(client, "/auth/user", id).body().contains("do_login"), "the old id is not logged in");

    assertEquals(303, post(client, "/auth/do_logout", loggedIn, "from_page=/auth/user").status());
    assertTrue(get(client, "/auth/user", loggedIn).body().contains("do_login"));
    assertTrue(EVENTS.containsAll(List.of("login ada", "logout ada")), EVENTS.toString());
  }

  @Test
  void loginAndLogoutTakeOnlyPost(TestClient client) {
    TestResponse r = client.get("/auth/do_login?username=ada&password=secret");
    assertEquals(405, r.status());
    assertEquals("POST", r.header("Allow"));
    assertEquals(405, client.get("/auth/do_logout").status());
  }

  @Test
  void anAnonymousUserNeedsNoLogin(TestClient client) {
    assertEquals("user=guest", client.get("/anon/user").body());
  }
}
