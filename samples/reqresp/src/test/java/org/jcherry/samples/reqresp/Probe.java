package org.jcherry.samples.reqresp;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.http.Cookies;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * A tree for the feature tests: each handler reports one part of the request or sets one part of
 * the response.
 */
public class Probe {
  /** The port itself, for uploads without the port's server-wide body cap. */
  public final Root sample = new Root();

  /** The request's attributes, one per line. */
  @Expose
  public String attrs(Request req, Map<String, List<String>> params, String... args) {
    return "method="
        + req.method()
        + "\nscript_name="
        + req.scriptName()
        + "\npath_info="
        + req.pathInfo()
        + "\nquery_string="
        + req.queryString()
        + "\nprotocol="
        + req.protocol()
        + "\nscheme="
        + req.scheme()
        + "\nbase="
        + req.base()
        + "\nremote="
        + req.remote().ip()
        + "\nlocal_port="
        + req.local().port()
        + "\nparams="
        + new TreeMap<>(params)
        + "\nargs="
        + List.of(args)
        + "\nlogin="
        + req.login()
        + "\n";
  }

  /**
   * Every value of header {@code name}, its value, and the elements of {@code Accept} best first.
   */
  @Expose
  public String header(String name) {
    HeaderMap h = Cherry.request().headers();
    return String.join("|", h.getAll(name))
        + "\n"
        + h.get(name)
        + "\n"
        + h.elements("Accept").stream()
            .map(e -> e.value() + ";q=" + e.q())
            .collect(Collectors.joining(","));
  }

  @Expose
  public String cookies() {
    Cookies c = Cherry.request().cookies();
    return c.names().stream()
        .sorted()
        .map(n -> n + "=" + c.value(n))
        .collect(Collectors.joining(";"));
  }

  /** One cookie with every attribute, one whose value needs quoting, one removed again. */
  @Expose
  public String setcookies(Response response) {
    Cookies out = response.cookies();
    out.set("full", "v")
        .path("/p")
        .domain("example.com")
        .maxAge(60)
        .expires("Thu, 01 Jan 2037 00:00:00 GMT")
        .secure(true)
        .httpOnly(true)
        .sameSite("Lax")
        .comment("a note");
    out.set("quoted", "a,b;c\"d");
    out.set("gone", "x");
    out.remove("gone");
    return "ok";
  }

  /** Response header values that need care on the wire. */
  @Expose
  public String wire(Response response) {
    response.headers().put("X-Inject", "a\r\nSet-Cookie: evil=1");
    response.headers().put("X-Latin", "caf\u00e9");
    response.headers().put("X-Uni", "caf\u00e9 \u20ac");
    return "ok";
  }

  @Expose
  public String status(Response response, String code) {
    response.setStatus(code);
    return "status";
  }

  /** The body as text, with the charsets tried. */
  @Expose
  public String text(Request req) throws IOException {
    return req.body().fullvalue() + "\n" + req.body().attemptCharsets();
  }

  @Expose
  @CpConfig("request.body.attempt_charsets = ['utf-8', 'latin-1']")
  public String latinform(@Default("") String a) {
    return "a=" + a;
  }

  /** Raw body access when the body is not processed. */
  @Expose
  @CpConfig("request.process_request_body = False")
  public String unprocessed(Request req, @Default("false") boolean viaBody) throws IOException {
    byte[] data = viaBody ? req.body().read() : req.rfile().readAllBytes();
    return "read " + data.length;
  }

  /** Parameters from a DELETE body, which only this handler's config processes. */
  @Expose
  @CpConfig("request.methods_with_bodies = ('POST', 'PUT', 'DELETE')")
  public String deletable(Map<String, List<String>> params) {
    return "params=" + new TreeMap<>(params);
  }

  /** Parameters from the body: a DELETE body is not processed by default. */
  @Expose
  public String anymethod(Map<String, List<String>> params) {
    return "params=" + new TreeMap<>(params);
  }

  @Expose
  @CpConfig("request.body.maxbytes = 10")
  public String capped(Request req) throws IOException {
    return "read " + req.body().read().length;
  }
}
