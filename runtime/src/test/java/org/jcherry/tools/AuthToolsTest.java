package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** auth_basic and auth_digest over a socket, good and bad credentials, malformed headers. */
class AuthToolsTest {
  @RegisterExtension static final CherryServer server = ToolTests.server();

  @Test
  void basicGoodCredentials(TestClient client) {
    TestResponse r = basic(client, "Basic " + b64("alice:wonderland"));
    assertEquals(200, r.status());
    assertEquals("hello alice", r.body());
  }

  @Test
  void basicNonAsciiCredentialsInUtf8(TestClient client) {
    assertEquals(
        "hello j\u00fcrgen", basic(client, "Basic " + b64("j\u00fcrgen:gr\u00fcn")).body());
  }

  @Test
  void basicWrongMissingOrOtherSchemeIs401WithChallenge(TestClient client) {
    for (String header :
        new String[] {"Basic " + b64("alice:nope"), null, "Bearer abc", "Basic " + b64("bob:x")}) {
      TestResponse r = basic(client, header);
      assertEquals(401, r.status(), String.valueOf(header));
      assertEquals("Basic realm=\"earth\", charset=\"UTF-8\"", r.header("WWW-Authenticate"));
    }
  }

  @Test
  void basicMalformedHeaderIs400(TestClient client) {
    for (String header :
        new String[] {"Basic", "Basic !!!not-base64!!!", "Basic " + b64("no-colon")}) {
      assertEquals(400, basic(client, header).status(), header);
    }
  }

  @Test
  void digestHandshake(TestClient client) throws Exception {
    TestResponse challenge = client.get("/toolset/digest");
    assertEquals(401, challenge.status());
    String www = challenge.header("WWW-Authenticate");
    assertTrue(www.startsWith("Digest realm=\"wonderland\", nonce=\""), www);
    assertTrue(www.endsWith("algorithm=\"MD5\", qop=\"auth\", charset=\"UTF-8\""), www);
    Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(www);
    assertTrue(m.find());
    String nonce = m.group(1);
    TestResponse ok = digest(client, nonce, "ruby");
    assertEquals(200, ok.status(), ok.toString());
    assertEquals("hello jim", ok.body());
    assertEquals(401, digest(client, nonce, "wrong").status());
    assertEquals(401, digest(client, "1:forged", "ruby").status());
  }

  @Test
  void digestStaleNonceSaysStale(TestClient client) throws Exception {
    String old = "1000";
    String nonce = old + ":" + md5(old + ":wonderland:a565c27146791cfb");
    TestResponse r = digest(client, nonce, "ruby");
    assertEquals(401, r.status());
    assertTrue(
        r.header("WWW-Authenticate").contains("stale=\"true\""), r.header("WWW-Authenticate"));
  }

  @Test
  void digestUnparsableHeaderIs400(TestClient client) {
    for (String header :
        new String[] {
          "Digest nonsense",
          "Digest username=\"jim\"",
          "Digest username=\"jim, realm=x",
          "Digest username=\"jim\", realm=\"wonderland\", nonce=\"1:x\", uri=\"/\", response=\"x\", algorithm=SHA-1"
        }) {
      assertEquals(
          400,
          client.request("GET", "/toolset/digest", Map.of("Authorization", header), null).status(),
          header);
    }
  }

  private static TestResponse digest(TestClient client, String nonce, String password)
      throws Exception {
    String uri = "/toolset/digest";
    String ha1 = md5("jim:wonderland:" + password);
    String ha2 = md5("GET:" + uri);
    String response = md5(ha1 + ":" + nonce + ":00000001:c0ffee:auth:" + ha2);
    String header =
        "Digest username=\"jim\", realm=\"wonderland\", nonce=\""
            + nonce
            + "\", uri=\""
            + uri
            + "\", qop=auth, nc=00000001, cnonce=\"c0ffee\", response=\""
            + response
            + "\"";
    return client.request("GET", uri, Map.of("Authorization", header), null);
  }

  private static TestResponse basic(TestClient client, String header) {
    return client.request(
        "GET", "/toolset/basic", header == null ? Map.of() : Map.of("Authorization", header), null);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String md5(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
