package org.jcherry.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One response as check.py sees it on the wire: status, reason, version ({@code HTTP/1.0} or {@code
 * HTTP/1.1}), headers in wire order, body, and the error that cut it short, if any. A {@code null}
 * status means there was no response at all.
 */
public final class Observed {
  Integer status;
  String reason;
  String version;
  final List<Map.Entry<String, String>> headers = new ArrayList<>();
  byte[] body = new byte[0];
  String error;

  /** An observed response, for tests of the comparison. */
  public static Observed of(
      int status, String reason, List<Map.Entry<String, String>> headers, byte[] body) {
    Observed o = new Observed();
    o.status = status;
    o.reason = reason;
    o.version = "HTTP/1.1";
    o.headers.addAll(headers);
    o.body = body.clone();
    return o;
  }

  /** No response: the server closed without answering (or could not be read). */
  public static Observed none(String error) {
    Observed o = new Observed();
    o.error = error;
    return o;
  }

  /** The status code, or {@code null} when nothing was answered. */
  public Integer status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public String version() {
    return version;
  }

  /** The headers as received, in order, repeated ones repeated. */
  public List<Map.Entry<String, String>> headers() {
    return Collections.unmodifiableList(headers);
  }

  /** Every value of header {@code name} (any case), in order. */
  public List<String> getAll(String name) {
    String low = name.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().toLowerCase(Locale.ROOT).equals(low)) {
        out.add(h.getValue());
      }
    }
    return out;
  }

  /** The first value of header {@code name}, or {@code null}. */
  public String get(String name) {
    List<String> all = getAll(name);
    return all.isEmpty() ? null : all.get(0);
  }

  public byte[] body() {
    return body.clone();
  }

  /** Why the response was cut short or missing, or {@code null}. */
  public String error() {
    return error;
  }

  @Override
  public String toString() {
    return status == null ? "no response (" + error + ")" : version + " " + status + " " + reason;
  }
}
