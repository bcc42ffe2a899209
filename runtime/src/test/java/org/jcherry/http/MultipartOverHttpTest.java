package org.jcherry.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jcherry.fixture.Uploads;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Multipart bodies POSTed over a real socket to the hand-written {@link Uploads} table. */
class MultipartOverHttpTest {
  private static final Map<String, String> FORM =
      Map.of("Content-Type", "multipart/form-data; boundary=----b0undary");

  @RegisterExtension
  static final CherryServer server = CherryServer.empty().mount(new Uploads(), "/up", Map.of());

  private static String field(String name, String value) {
    return "------b0undary\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  private static byte[] body(Object... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : pieces) {
      out.writeBytes(p instanceof byte[] ? (byte[]) p : p.toString().getBytes(UTF_8));
    }
    return out.toByteArray();
  }

  private static String fileHeader(String name, String filename, String type) {
    return "------b0undary\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"; filename=\""
        + filename
        + "\"\r\nContent-Type: "
        + type
        + "\r\n\r\n";
  }

  private static byte[] repeat(char c, int n) {
    return String.valueOf(c).repeat(n).getBytes(UTF_8);
  }

  @Test
  void fieldsAndFilesReachTheHandler(TestClient client) {
    byte[] body =
        body(
            "preamble\r\n",
            field("title", "Grüße"),
            field("tag", "a"),
            field("tag", "b"),
            fileHeader("small", "s.txt", "text/plain"),
            "tiny\r\n",
            fileHeader("big", "b.bin", "application/octet-stream"),
            repeat('x', 5000),
            "\r\n------b0undary--\r\nepilogue");
    TestResponse r = client.request("POST", "/up/echo", FORM, body);
    assertEquals(200, r.status(), r.body());
    assertEquals(
        "title='Grüße'\n"
            + "tag='a'\n"
            + "tag='b'\n"
            + "small=<file s.txt text/plain 4 bytes in memory starts 'tiny'>\n"
            + "big=<file b.bin application/octet-stream 5000 bytes spooled registered starts 'xxxxxxxx'>\n",
        r.body());
  }

  @Test
  void uploadBindsToAPartParameter(TestClient client) {
    byte[] body =
        body(
            fileHeader("file", "report.csv", "text/csv"),
            "a,b\r\n1,2",
            "\r\n",
            field("title", "Q3"),
            "------b0undary--\r\n");
    TestResponse r = client.request("POST", "/up/upload", FORM, body);
    assertEquals(200, r.status(), r.body());
    assertEquals("Q3: <file report.csv text/csv 8 bytes in memory starts 'a,b\r\n1,2'>", r.body());
  }

  @Test
  void anOptionalUploadIsEmptyWhenAbsent(TestClient client) {
    TestResponse without =
        client.request("POST", "/up/maybe", FORM, body(field("title", "T"), "------b0undary--"));
    assertEquals(200, without.status(), without.body());
    assertEquals("T: no file", without.body());
    byte[] with =
        body(fileHeader("file", "a.txt", "text/plain"), "abc", "\r\n", "------b0undary--\r\n");
    TestResponse r = client.request("POST", "/up/maybe", FORM, with);
    assertEquals("untitled: <file a.txt text/plain 3 bytes in memory starts 'abc'>", r.body());
  }

  @Test
  void queryAndBodyValuesOfOneNameMerge(TestClient client) {
    TestResponse r =
        client.request(
            "POST", "/up/echo?tag=q", FORM, body(field("tag", "body"), "------b0undary--"));
    assertEquals("tag='q'\ntag='body'\n", r.body());
  }

  @Test
  void aSmallUploadIsReadableAsAFileDeletedAfterTheResponse(TestClient client)
      throws InterruptedException {
    Uploads.lastSpoolFile = null;
    TestResponse r =
        client.request(
            "POST",
            "/up/asFile",
            FORM,
            body(fileHeader("file", "a.txt", "text/plain"), "hello", "\r\n------b0undary--\r\n"));
    assertEquals("hello registered", r.body());
    Path file = Uploads.lastSpoolFile;
    for (int i = 0; i < 50 && Files.exists(file); i++) {
      Thread.sleep(20);
    }
    assertFalse(Files.exists(file), file + " still exists");
  }

  /**
   * As CherryPy 18.8 (checked with the real one): a delimiter that ends exactly at the end of the
   * body ends it, closed or not; one followed by a line break and nothing else, or no delimiter at
   * all, is a truncated body (a 500 there, a 400 with the reason here).
   */
  @Test
  void aDelimiterAtTheVeryEndOfTheBodyEndsIt(TestClient client) {
    String part = fileHeader("file", "a.txt", "text/plain") + "hello";
    for (String end :
        new String[] {"\r\n------b0undary", "\r\n------b0undary--", "\r\n------b0undary  "}) {
      TestResponse r = client.request("POST", "/up/asFile", FORM, body(part, end));
      assertEquals("hello registered", r.body(), end);
    }
    TestResponse withTitle =
        client.request(
            "POST", "/up/upload", FORM, body(field("title", "T"), part, "\r\n------b0undary"));
    assertEquals("T: <file a.txt text/plain 5 bytes in memory starts 'hello'>", withTitle.body());
    for (String end : new String[] {"\r\n------b0undary\r\n", "", "\r\n------b0und"}) {
      TestResponse r = client.request("POST", "/up/asFile", FORM, body(part, end));
      assertEquals(400, r.status(), end);
      assertTrue(r.body().contains("The multipart body ended"), r.body());
    }
  }

  @Test
  void malformedBodiesAre400NotServerErrors(TestClient client) {
    TestResponse truncated = client.request("POST", "/up/echo", FORM, body(field("a", "1")));
    assertEquals(400, truncated.status());
    assertTrue(truncated.body().contains("ended before its closing boundary"), truncated.body());

    TestResponse badBoundary =
        client.request(
            "POST",
            "/up/echo",
            Map.of("Content-Type", "multipart/form-data; boundary=\"trailing \""),
            body("--x--"));
    assertEquals(400, badBoundary.status());
    assertTrue(
        badBoundary.body().contains("Invalid boundary in multipart form"), badBoundary.body());

    TestResponse bareLf =
        client.request(
            "POST",
            "/up/echo",
            FORM,
            body(
                "------b0undary\nContent-Disposition: form-data; name=a\n\n1\n------b0undary--\n"));
    assertEquals(400, bareLf.status());

    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      many.append(field("p", "v"));
    }
    TestResponse tooMany = client.request("POST", "/up/echo", FORM, body(many, "------b0undary--"));
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.body().contains("more than 1000 parts"), tooMany.body());

    byte[] latin1 =
        body(
            "------b0undary\r\nContent-Disposition: form-data; name=a\r\n\r\n",
            new byte[] {'c', (byte) 0xe9},
            "\r\n------b0undary--");
    TestResponse undecodable = client.request("POST", "/up/echo", FORM, latin1);
    assertEquals(400, undecodable.status());
    assertTrue(
        undecodable.body().contains("The following charsets were attempted: ['us-ascii', 'utf-8']"),
        undecodable.body());
  }

  /**
   * Needs the server to call {@code request.tempFiles().deleteAll()} once the response is written.
   */
  @Test
  void spoolFilesAreDeletedAfterTheResponse(TestClient client) throws InterruptedException {
    Uploads.lastSpoolFile = null;
    TestResponse r =
        client.request(
            "POST",
            "/up/echo",
            FORM,
            body(fileHeader("big", "b", "x/y"), repeat('z', 3000), "\r\n------b0undary--"));
    assertTrue(r.body().contains("spooled registered"), r.body());
    Path spooled = Uploads.lastSpoolFile;
    for (int i = 0; i < 50 && Files.exists(spooled); i++) {
      Thread.sleep(20);
    }
    assertFalse(Files.exists(spooled), spooled + " still exists");
  }
}
