package org.jcherry.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Compares one observed response with a case's {@code expect} object exactly as check.py's {@code
 * compare} does, and words each difference as it does: status, reason, version; headers by exact
 * value (placeholders expanded), full-match regex or, for a repeated header, a list compared as a
 * multiset; absent headers; {@code date_offsets} within 2 s; then the body checks, after gunzipping
 * when {@code decode} is {@code gzip}. An empty list means the response matches.
 *
 * <p>The error-page normalisation of the suite lives in the case files (only the page's title, h2
 * and p are listed under {@code body_contains}, with {@code Traceback (most recent call last)}
 * under {@code body_not_contains}); {@code {base}}/{@code {host}} are expanded here.
 */
public final class Expectations {
  private Expectations() {}

  /** The differences between {@code expect} and {@code obs}; empty when they match. */
  public static List<String> compare(JsonNode expect, Observed obs, BaseUrl ctx) {
    List<String> diffs = new ArrayList<>();
    if (Py.truthy(expect.get("no_response"))) {
      if (obs.status != null) {
        diffs.add("expected no response, got " + obs.status);
      }
      return diffs;
    }
    if (obs.status == null) {
      diffs.add("no response (" + obs.error + ")");
      return diffs;
    }
    if (expect.has("status")
        && !Py.equal(JsonNodeFactory.instance.numberNode(obs.status), expect.get("status"))) {
      diffs.add("status " + obs.status + " != expected " + Py.str(expect.get("status")));
    }
    if (expect.has("reason") && !textEquals(obs.reason, expect.get("reason"))) {
      diffs.add("reason " + Py.repr(obs.reason) + " != expected " + Py.repr(expect.get("reason")));
    }
    if (expect.has("version") && !textEquals(obs.version, expect.get("version"))) {
      diffs.add("version " + obs.version + " != expected " + Py.str(expect.get("version")));
    }
    compareHeaders(expect, obs, ctx, diffs);
    for (JsonNode nameNode : iterable(expect.get("headers_absent"))) {
      String name = nameNode.asText();
      List<String> got = obs.getAll(name);
      if (!got.isEmpty()) {
        diffs.add("header " + name + " should be absent, got " + Py.repr(got));
      }
    }
    JsonNode offsets = expect.get("date_offsets");
    if (offsets != null && offsets.isObject()) {
      for (Map.Entry<String, JsonNode> e : offsets.properties()) {
        Long got = dateOffset(obs, e.getKey());
        double want = e.getValue().asDouble();
        if (got == null || Math.abs(got - want) > 2) {
          diffs.add(
              "header "
                  + e.getKey()
                  + " is "
                  + (got == null ? "None" : got)
                  + " s after Date, expected "
                  + Py.str(e.getValue())
                  + " s");
        }
      }
    }
    byte[] body = obs.body;
    if (expect.has("decode") && textEquals("gzip", expect.get("decode"))) {
      try {
        body = Gzip.decompress(body);
      } catch (Gzip.GzipError e) {
        diffs.add("body is not gzip: " + e.getMessage());
        return diffs;
      }
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (expect.has("body")) {
      byte[] want = ctx.expand(expect.get("body").asText()).getBytes(StandardCharsets.UTF_8);
      if (!Arrays.equals(body, want)) {
        diffs.add(
            "body " + Py.shortRepr(Py.repr(body)) + " != expected " + Py.shortRepr(Py.repr(want)));
      }
    }
    if (expect.has("body_b64")) {
      byte[] want = WireRequest.base64(expect.get("body_b64").asText());
      if (!Arrays.equals(body, want)) {
        diffs.add(
            "body " + Py.shortRepr(Py.repr(body)) + " != expected " + Py.shortRepr(Py.repr(want)));
      }
    }
    if (expect.has("body_regex")) {
      String pattern = expect.get("body_regex").asText();
      if (!fullmatch(ctx.expandRegex(pattern), text, diffs)) {
        diffs.add("body " + Py.shortRepr(Py.repr(text)) + " does not match /" + pattern + "/");
      }
    }
    List<String> missing = new ArrayList<>();
    for (JsonNode piece : iterable(expect.get("body_contains"))) {
      if (!text.contains(ctx.expand(piece.asText()))) {
        missing.add(Py.repr(piece.asText()));
      }
    }
    if (!missing.isEmpty()) {
      diffs.add(
          "body lacks "
              + String.join(", ", missing)
              + " (body "
              + Py.shortRepr(Py.repr(text))
              + ")");
    }
    for (JsonNode piece : iterable(expect.get("body_not_contains"))) {
      if (text.contains(ctx.expand(piece.asText()))) {
        diffs.add("body should not contain " + Py.repr(piece.asText()));
      }
    }
    if (expect.has("body_json")) {
      JsonNode got;
      try {
        got = CaseFile.parseJson(text);
      } catch (JsonProcessingException e) {
        got = null;
      }
      if (got == null) {
        diffs.add("body is not JSON: " + Py.shortRepr(Py.repr(text)));
      } else if (!Py.equal(got, expect.get("body_json"))) {
        diffs.add(
            "JSON body "
                + Py.shortRepr(Py.repr(got))
                + " != expected "
                + Py.shortRepr(Py.repr(expect.get("body_json"))));
      }
    }
    if (expect.has("body_sha256")) {
      String digest = sha256(body);
      if (!textEquals(digest, expect.get("body_sha256"))) {
        diffs.add(
            "body sha256 "
                + digest
                + " != expected "
                + Py.str(expect.get("body_sha256"))
                + " (length "
                + body.length
                + ")");
      }
    }
    if (expect.has("body_length")
        && !Py.equal(JsonNodeFactory.instance.numberNode(body.length), expect.get("body_length"))) {
      diffs.add(
          "body length " + body.length + " != expected " + expect.get("body_length").asLong());
    }
    return diffs;
  }

  private static void compareHeaders(
      JsonNode expect, Observed obs, BaseUrl ctx, List<String> diffs) {
    JsonNode headers = expect.get("headers");
    if (headers == null || !headers.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : headers.properties()) {
      String name = e.getKey();
      List<String> got = obs.getAll(name);
      List<JsonNode> wants = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(wants::add);
      } else {
        wants.add(e.getValue());
      }
      List<String> shown = new ArrayList<>();
      for (JsonNode w : wants) {
        shown.add(show(w));
      }
      String difference =
          "header " + name + ": got " + Py.repr(got) + ", expected " + Py.repr(shown);
      if (got.size() != wants.size()) {
        diffs.add(difference);
        continue;
      }
      List<String> unused = new ArrayList<>(got);
      for (JsonNode w : wants) {
        String hit = null;
        for (String g : unused) {
          if (matchValue(w, g, ctx, diffs)) {
            hit = g;
            break;
          }
        }
        if (hit == null) {
          diffs.add(difference);
          break;
        }
        unused.remove(hit);
      }
    }
  }

  private static boolean matchValue(
      JsonNode expected, String actual, BaseUrl ctx, List<String> diffs) {
    if (expected.isObject()) {
      return fullmatch(ctx.expandRegex(expected.get("regex").asText()), actual, diffs);
    }
    return ctx.expand(expected.asText()).equals(actual);
  }

  private static String show(JsonNode expected) {
    if (expected.isObject()) {
      return "/" + Py.str(expected.get("regex")) + "/";
    }
    return Py.repr(expected);
  }

  /** A full match; a pattern that does not compile is reported as a difference of its own. */
  private static boolean fullmatch(String pattern, String text, List<String> diffs) {
    try {
      return PyRegex.fullmatch(pattern, text);
    } catch (PatternSyntaxException e) {
      String message = "bad regex /" + pattern + "/: " + e.getDescription();
      if (!diffs.contains(message)) {
        diffs.add(message);
      }
      return false;
    }
  }

  /** Seconds between the HTTP date in header {@code name} and the Date header, or {@code null}. */
  static Long dateOffset(Observed obs, String name) {
    String value = obs.get(name);
    String date = obs.get("Date");
    if (value == null || date == null) {
      return null;
    }
    HttpDate.Parsed v = HttpDate.parse(value);
    HttpDate.Parsed d = HttpDate.parse(date);
    if (v == null || d == null || v.naive() != d.naive()) {
      return null;
    }
    long seconds =
        v.naive()
            ? Duration.between(d.local, v.local).getSeconds()
            : Duration.between(d.instant(), v.instant()).getSeconds();
    return seconds;
  }

  private static boolean textEquals(String actual, JsonNode expected) {
    return expected != null
        && expected.isTextual()
        && actual != null
        && expected.textValue().equals(actual);
  }

  private static Iterable<JsonNode> iterable(JsonNode n) {
    if (n == null || n.isNull()) {
      return List.of();
    }
    return n;
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
