package org.jcherry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The comparator against hand-made responses. Every expected difference list below is what
 * check.py's {@code compare} returned for the same expectation and response (run once with
 * CherryPy's Python; the strings are pasted here), so the wording is check.py's too.
 */
class ExpectationsTest {
  private static final BaseUrl BASE = BaseUrl.parse("http://127.0.0.1:8080");

  private static final String EXPECT_404 =
      "{\"status\": 404, \"reason\": \"Not Found\", \"headers\": {\"Content-Type\": \"text/html;charset=utf-8\"},"
          + " \"body_contains\": [\"<title>404 Not Found</title>\", \"<h2>404 Not Found</h2>\","
          + " \"<p>Nothing matches the given URI</p>\"],"
          + " \"body_not_contains\": [\"Traceback (most recent call last)\"]}";

  private static final String PAGE_HEAD_REPR =
      "'<!DOCTYPE html PUBLIC\\n\"-//W3C//DTD XHTML 1.0 Transitional//EN\"\\n"
          + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\\n<html>\\n<head>\\n    <meta http-equ...";

  /** CherryPy 18.8's error page, footer and 513-byte padding included. */
  private static byte[] errorPage(int code, String reason, String message, String traceback) {
    String html =
        "<!DOCTYPE html PUBLIC\n\"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
            + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html>\n<head>\n"
            + "    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></meta>\n"
            + "    <title>"
            + code
            + " "
            + reason
            + "</title>\n    <style type=\"text/css\">\n"
            + "    #powered_by {\n        margin-top: 20px;\n        border-top: 2px solid black;\n"
            + "        font-style: italic;\n    }\n\n    #traceback {\n        color: red;\n    }\n"
            + "    </style>\n</head>\n    <body>\n        <h2>"
            + code
            + " "
            + reason
            + "</h2>\n"
            + "        <p>"
            + message
            + "</p>\n        <pre id=\"traceback\">"
            + traceback
            + "</pre>\n"
            + "    <div id=\"powered_by\">\n      <span>\n        Powered by <a href=\"http://www.cherrypy.dev\">"
            + "CherryPy 18.8.0</a>\n      </span>\n    </div>\n    </body>\n</html>\n"
            + " ".repeat(513);
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Map.Entry<String, String>> headers(String... nameValue) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      out.add(new AbstractMap.SimpleImmutableEntry<>(nameValue[i], nameValue[i + 1]));
    }
    return out;
  }

  private static List<String> compare(String expectJson, Observed obs) throws IOException {
    JsonNode expect = CaseFile.parseJson(expectJson);
    return Expectations.compare(expect, obs, BASE);
  }

  private static Observed html(int status, String reason, byte[] body) {
    return Observed.of(status, reason, headers("Content-Type", "text/html;charset=utf-8"), body);
  }

  @Test
  void errorPageIsComparedByTitleHeadingAndMessageOnly() throws IOException {
    byte[] page = errorPage(404, "Not Found", "Nothing matches the given URI", "");
    assertEquals(List.of(), compare(EXPECT_404, html(404, "Not Found", page)));
  }

  @Test
  void errorPageWithATracebackFails() throws IOException {
    byte[] page =
        errorPage(
            404,
            "Not Found",
            "Nothing matches the given URI",
            "Traceback (most recent call last):\n  File \"x\"");
    assertEquals(
        List.of("body should not contain 'Traceback (most recent call last)'"),
        compare(EXPECT_404, html(404, "Not Found", page)));
  }

  @Test
  void errorPageWithAnotherMessageFails() throws IOException {
    byte[] page = errorPage(404, "Not Found", "The path '/x' was not found.", "");
    assertEquals(
        List.of("body lacks '<p>Nothing matches the given URI</p>' (body " + PAGE_HEAD_REPR + ")"),
        compare(EXPECT_404, html(404, "Not Found", page)));
  }

  @Test
  void errorPageOfAnotherStatusFailsOnEveryPart() throws IOException {
    byte[] page = errorPage(500, "Internal Server Error", "Boom", "");
    assertEquals(
        List.of(
            "status 500 != expected 404",
            "reason 'Internal Server Error' != expected 'Not Found'",
            "body lacks '<title>404 Not Found</title>', '<h2>404 Not Found</h2>', "
                + "'<p>Nothing matches the given URI</p>' (body "
                + PAGE_HEAD_REPR
                + ")"),
        compare(EXPECT_404, html(500, "Internal Server Error", page)));
  }

  @Test
  void repeatedHeadersAreAMultisetOfValuesAndRegexes() throws IOException {
    Observed obs =
        Observed.of(
            200,
            "OK",
            headers(
                "set-cookie",
                "b=22; Path=/",
                "Set-Cookie",
                "a=1; Path=/",
                "Location",
                "http://127.0.0.1:8080/x/"),
            new byte[0]);
    assertEquals(
        List.of(),
        compare(
            "{\"headers\": {\"Set-Cookie\": [\"a=1; Path=/\", {\"regex\": \"b=[0-9]+; Path=/\"}],"
                + " \"Location\": \"{base}/x/\"}}",
            obs));
  }

  @Test
  void headerCountValueAndAbsenceDifferences() throws IOException {
    Observed obs =
        Observed.of(
            200, "OK", headers("Set-Cookie", "a=1", "X-Y", "its", "ETag", "\"x\""), new byte[0]);
    assertEquals(
        List.of(
            "header Set-Cookie: got ['a=1'], expected [\"'a=1'\", \"'b=2'\"]",
            "header X-Y: got ['its'], expected ['\"it\\'s\"']",
            "header ETag should be absent, got ['\"x\"']"),
        compare(
            "{\"headers\": {\"Set-Cookie\": [\"a=1\", \"b=2\"], \"X-Y\": \"it's\"},"
                + " \"headers_absent\": [\"Location\", \"ETag\"]}",
            obs));
  }

  @Test
  void gzipBodiesAreDecodedAndJsonComparedAsValues() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("{\"a\": null, \"b\": [1.0, 1]}".getBytes(StandardCharsets.UTF_8));
    }
    Observed obs =
        Observed.of(200, "OK", headers("Content-Type", "application/json"), gz.toByteArray());
    assertEquals(
        List.of(),
        compare("{\"decode\": \"gzip\", \"body_json\": {\"b\": [1, true], \"a\": null}}", obs));
    assertEquals(
        List.of("body is not gzip: Not a gzipped file (b'pl')"),
        compare(
            "{\"decode\": \"gzip\", \"body\": \"x\"}",
            Observed.of(200, "OK", headers(), "plain".getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void jsonDifferenceIsShownAsPythonValues() throws IOException {
    Observed obs =
        Observed.of(
            200,
            "OK",
            headers(),
            "{\"a\": [1, 2.5], \"b\": \"\u00e9\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of("JSON body {'a': [1, 2.5], 'b': '\u00e9'} != expected {'a': [1, 2]}"),
        compare("{\"body_json\": {\"a\": [1, 2]}}", obs));
  }

  @Test
  void bodiesAreComparedAsBytesAfterPlaceholders() throws IOException {
    Observed obs =
        Observed.of(
            200, "OK", headers(), "caf\u00e9 127.0.0.1:8080".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        List.of(
            "body b'caf\\xe9 127.0.0.1:8080' != expected b'caf\\xc3\\xa9 127.0.0.1:8080'",
            "body 'caf\ufffd 127.0.0.1:8080' does not match /caf.\\Z/",
            "body length 19 != expected 3"),
        compare(
            "{\"body\": \"caf\u00e9 {host}\", \"body_length\": 3, \"body_regex\": \"caf.\\\\Z\"}",
            obs));
    assertEquals(List.of(), compare("{\"body_b64\": \"Y2Fm6SAxMjcuMC4wLjE6ODA4MA==\"}", obs));
  }

  @Test
  void dateOffsetsAreMeasuredFromTheDateHeader() throws IOException {
    Observed obs =
        Observed.of(
            200,
            "OK",
            headers(
                "Date",
                "Thu, 26 Nov 2026 20:00:00 GMT",
                "Expires",
                "Thu, 26 Nov 2026 21:00:03 GMT"),
            new byte[0]);
    assertEquals(
        List.of(
            "header Expires is 3603 s after Date, expected 3600 s",
            "header Last-Modified is None s after Date, expected 0 s"),
        compare("{\"date_offsets\": {\"Expires\": 3600, \"Last-Modified\": 0}}", obs));
    assertEquals(List.of(), compare("{\"date_offsets\": {\"Expires\": 3602}}", obs));
  }

  @Test
  void statusReasonAndVersion() throws IOException {
    assertEquals(
        List.of(
            "status 200 != expected 301",
            "reason 'OK' != expected 'Moved Permanently'",
            "version HTTP/1.1 != expected HTTP/1.0"),
        compare(
            "{\"status\": 301, \"reason\": \"Moved Permanently\", \"version\": \"HTTP/1.0\"}",
            Observed.of(200, "OK", headers(), new byte[0])));
  }

  @Test
  void noResponseBothWays() throws IOException {
    assertEquals(
        List.of("expected no response, got 400"),
        compare(
            "{\"no_response\": true}", Observed.of(400, "Bad Request", headers(), new byte[0])));
    Observed none =
        Observed.none("RemoteDisconnected: Remote end closed connection without response");
    assertEquals(List.of(), compare("{\"no_response\": true}", none));
    assertEquals(
        List.of("no response (RemoteDisconnected: Remote end closed connection without response)"),
        compare("{\"status\": 200}", none));
  }
}
