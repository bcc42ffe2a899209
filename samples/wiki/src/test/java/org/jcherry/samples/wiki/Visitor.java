package org.jcherry.samples.wiki;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;

/** A visitor without a browser: keeps its cookies and posts forms with their CSRF token. */
final class Visitor {
  private static final Pattern SET_COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf_token\" value=\"([0-9a-f]+)\"");

  final Map<String, String> cookies = new LinkedHashMap<>();
  private final TestClient client;
  String token;

  Visitor(TestClient client) {
    this.client = client;
  }

  TestResponse get(String target) {
    return send("GET", target, Map.of(), null);
  }

  /** Posts {@code fields} (pairs) with the token of the last page seen. */
  TestResponse post(String target, String... fields) {
    StringJoiner body = new StringJoiner("&");
    body.add("csrf_token=" + token);
    for (int i = 0; i < fields.length; i += 2) {
      body.add(Forms.urlEncode(fields[i]) + "=" + Forms.urlEncode(fields[i + 1]));
    }
    return send(
        "POST",
        target,
        Map.of("Content-Type", "application/x-www-form-urlencoded"),
        body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Posts one file as {@code multipart/form-data}, with the token. */
  TestResponse upload(String target, String filename, byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String b = "----wikiboundary";
    out.writeBytes(
        ("--"
                + b
                + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
                + token
                + "\r\n--"
                + b
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        "POST",
        target,
        Map.of("Content-Type", "multipart/form-data; boundary=" + b),
        out.toByteArray());
  }

  TestResponse send(String method, String target, Map<String, String> headers, byte[] body) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    if (!cookies.isEmpty()) {
      StringJoiner c = new StringJoiner("; ");
      cookies.forEach((k, v) -> c.add(k + "=" + v));
      h.put("Cookie", c.toString());
    }
    TestResponse r = client.request(method, target, h, body);
    for (String set : r.headers("Set-Cookie")) {
      Matcher m = SET_COOKIE.matcher(set);
      if (m.find()) {
        cookies.put(m.group(1).strip(), m.group(2));
      }
    }
    Matcher t = TOKEN.matcher(r.body());
    if (t.find()) {
      token = t.group(1);
    }
    return r;
  }

  /** Registers {@code name} and stays logged in. */
  TestResponse register(String name, String password) {
    get("/account/register");
    return post(
        "/account/register", "username", name, "password", password, "next", "/wiki/Main_Page");
  }
}
