package org.jcherry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Request bytes, each compared with what check.py's {@code build_request} wrote for the same spec.
 */
class WireRequestTest {
  private static final BaseUrl BASE = BaseUrl.parse("http://127.0.0.1:8080");

  private static WireRequest build(String json, String cookie) throws IOException {
    return WireRequest.build(CaseFile.parseJson(json), BASE, cookie);
  }

  @Test
  void formIsUrlencodedAsPythonDoesWithCookieBeforeContentHeaders() throws IOException {
    WireRequest r =
        build(
            "{\"method\": \"POST\", \"path\": \"/add\", \"form\": [[\"a b\", \"c&d=\u00e9~*'\"], [\"n\", 5],"
                + " [\"t\", true], [\"z\", null]]}",
            "sid=1");
    assertEquals("POST", r.method());
    assertEquals(
        "POST /add HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nCookie: sid=1\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 43\r\n\r\n"
            + "a+b=c%26d%3D%C3%A9~%2A%27&n=5&t=True&z=None",
        r.toString());
  }

  @Test
  void multipartUsesTheFixedBoundary() throws IOException {
    WireRequest r =
        build(
            "{\"method\": \"POST\", \"path\": \"/upload\", \"multipart\": {\"fields\": {\"title\": \"r\u00e9sum\u00e9\"},"
                + " \"files\": [{\"name\": \"f\", \"filename\": \"a.txt\", \"content\": \"hi\"},"
                + " {\"name\": \"g\", \"filename\": \"b.bin\", \"content_type\": \"image/png\", \"content_b64\": \"AAEC\"}]}}",
            null);
    String b = "--conformance-boundary-1234567890";
    assertEquals(
        "POST /upload HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
            + "Content-Type: multipart/form-data; boundary=conformance-boundary-1234567890\r\nContent-Length: 398\r\n\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nr\u00c3\u00a9sum\u00c3\u00a9\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nhi\r\n"
            + b
            + "\r\nContent-Disposition: form-data; name=\"g\"; filename=\"b.bin\"\r\nContent-Type: image/png\r\n\r\n"
            + "\u0000\u0001\u0002\r\n"
            + b
            + "--\r\n",
        r.toString());
  }

  @Test
  void jsonIsDumpedAsPythonDoes() throws IOException {
    WireRequest r =
        build(
            "{\"method\": \"PUT\", \"path\": \"/json/echo\", \"json\": {\"k\": [1, 2.5, 1e20, 1e-7,"
                + " \"\\u00e9\\ud83d\\ude00\\\"\", true, null], \"o\": {}}}",
            null);
    assertEquals(
        "PUT /json/echo HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\nContent-Length: 74\r\n\r\n"
            + "{\"k\": [1, 2.5, 1e+20, 1e-07, \"\\u00e9\\ud83d\\ude00\\\"\", true, null], \"o\": {}}",
        r.toString());
  }

  @Test
  void caseHeadersRepeatAndReplaceHostAndPlaceholdersExpand() throws IOException {
    WireRequest r =
        build(
            "{\"method\": \"GET\", \"path\": \"/h?x={host}\", \"headers\": [[\"X-R\", \"1\"], [\"X-R\", \"{base}/\"],"
                + " [\"Host\", \"example\"]], \"body_fill\": {\"char\": \"y\", \"count\": 3}}",
            null);
    assertEquals(
        "GET /h?x=127.0.0.1:8080 HTTP/1.1\r\nX-R: 1\r\nX-R: http://127.0.0.1:8080/\r\nHost: example\r\n"
            + "Content-Length: 3\r\n\r\nyyy",
        r.toString());
  }

  @Test
  void versionAndSendHost() throws IOException {
    WireRequest r =
        build(
            "{\"method\": \"DELETE\", \"path\": \"/x\", \"version\": \"HTTP/1.0\", \"send_host\": false, \"body\": \"\u00e9\"}",
            null);
    assertEquals("DELETE /x HTTP/1.0\r\nContent-Length: 2\r\n\r\n\u00c3\u00a9", r.toString());
  }

  @Test
  void rawRequestsAreSentAsTheyAre() throws IOException {
    WireRequest raw =
        build("{\"raw\": \"GET / HTTP/1.0\\r\\nX: \u00e9{host}\\r\\n\\r\\n\"}", "ignored=1");
    assertEquals("GET", raw.method());
    assertEquals("GET / HTTP/1.0\r\nX: \u00e9127.0.0.1:8080\r\n\r\n", raw.toString());
    WireRequest b64 =
        build("{\"raw_b64\": \"SEVBRCAvIEhUVFAvMS4xDQpIb3N0OiB7aG9zdH0NCg0K\"}", null);
    assertEquals("HEAD", b64.method());
    assertEquals("HEAD / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n", b64.toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> build("{\"raw\": \"GET /\u4e16 HTTP/1.0\\r\\n\\r\\n\"}", null));
  }
}
