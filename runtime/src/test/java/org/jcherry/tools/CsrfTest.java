package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcherry.fixture.Forms;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code tools.csrf} over a real socket: a form's token is required on every unsafe request. */
class CsrfTest {
  private static final Pattern COOKIE = Pattern.compile("csrf_token=([0-9a-f]{64})");
  private static final Pattern FIELD = Pattern.compile("value=\"([0-9a-f]{64})\"");
  private static final Map<String, String> FORM =
      Map.of("Content-Type", "application/x-www-form-urlencoded");

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .global("environment", "production")
          .mount(new Forms(), "/forms", Map.of());

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    assertTrue(m.find(), () -> p + " not in " + s);
    return m.group(1);
  }

  private static TestResponse post(
      TestClient client, String cookie, String body, Map<String, String> extra) {
    Map<String, String> headers = new java.util.LinkedHashMap<>(FORM);
    headers.putAll(extra);
    if (cookie != null) {
      headers.put("Cookie", "csrf_token=" + cookie);
    }
    return client.request("POST", "/forms/save", headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFormGetsATokenInAnHttpOnlyStrictCookieAndItsField(TestClient client) {
    TestResponse page = client.get("/forms/");
    assertEquals(200, page.status());
    String setCookie = page.header("Set-Cookie");
    assertNotNull(setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertEquals(group(COOKIE, setCookie), group(FIELD, page.body()));
  }

  @Test
  void aKnownTokenIsKeptAndNotSetAgain(TestClient client) {
    String token = "ab".repeat(32);
    TestResponse page =
        client.request("GET", "/forms/", Map.of("Cookie", "csrf_token=" + token), null);
    assertEquals(null, page.header("Set-Cookie"));
    assertEquals(token, group(FIELD, page.body()));
  }

  @Test
  void aPostWithItsTokenReachesTheHandlerWithoutTheField(TestClient client) {
    String token = "0f".repeat(32);
    TestResponse r = post(client, token, "title=Hi&csrf_token=" + token, Map.of());
    assertEquals(200, r.status(), r::body);
    assertEquals("saved Hi by POST", r.body());
  }

  @Test
  void theTokenMayComeInTheHeader(TestClient client) {
    String token = "1e".repeat(32);
    TestResponse r = post(client, token, "title=Hi", Map.of("X-CSRF-Token", token));
    assertEquals(200, r.status(), r::body);
  }

  @Test
  void aPostWithoutTheFieldIsRefused(TestClient client) {
    TestResponse r = post(client, "2d".repeat(32), "title=Hi", Map.of());
    assertEquals(403, r.status());
    assertTrue(r.body().contains("CSRF token"), r::body);
  }

  @Test
  void aPostWithAnotherTokenIsRefused(TestClient client) {
    TestResponse r =
        post(client, "3c".repeat(32), "title=Hi&csrf_token=" + "4b".repeat(32), Map.of());
    assertEquals(403, r.status());
  }

  @Test
  void aPostWithoutTheCookieIsRefusedAndGivenOne(TestClient client) {
    TestResponse r = post(client, null, "title=Hi&csrf_token=" + "5a".repeat(32), Map.of());
    assertEquals(403, r.status());
    assertNotNull(r.header("Set-Cookie"));
  }

  @Test
  void aTamperedCookieIsA403AndReplacedNeverA500(TestClient client) {
    String tampered = "<script>" + "6".repeat(60);
    TestResponse r = post(client, tampered, "title=Hi&csrf_token=" + tampered, Map.of());
    assertEquals(403, r.status());
    assertNotEquals(tampered, group(COOKIE, r.header("Set-Cookie")));
  }

  @Test
  void safeMethodsPassWithoutAToken(TestClient client) {
    assertEquals(200, client.get("/forms/save?title=x").status());
  }
}
