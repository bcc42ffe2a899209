package org.jcherry.samples.reqresp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.jcherry.AppRoot;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.Part;
import org.jcherry.http.Request;

/**
 * The port of the conformance app {@code reqresp.py}: what a handler sees of the request and
 * controls of the response. The URL space, mounted at the site root:
 *
 * <pre>
 *   /                  index
 *   /echo[/...]        'method=.. path_info=.. query_string=.. protocol=.. args=..' (any method)
 *   /headers           X-Test, Content-Type, User-Agent, Host, X-Multi as the handler sees them
 *   /cookies/show      request cookies, sorted 'name=value' lines
 *   /cookies/set       sets 'plain', 'flavour' (path, max-age, httponly), 'secure_one' (secure, samesite)
 *   /cookies/clear     expires the cookie 'plain'
 *   /form              params from query and body, sorted; lists joined '|'
 *   /upload            multipart: description field + file 'attachment'
 *   /raw               reads the raw body: 'type=.. length=.. text=..'
 *   /limited           body capped at 100 bytes by request.body.maxbytes
 *   /status?code=      response status = code (int or 'NNN Reason')
 *   /custom_headers    several custom headers, one set twice
 *   /stream?n=         response.stream = True: n chunks, chunked on HTTP/1.1
 *   /nostream?n=       the same chunks, not streamed
 * </pre>
 *
 * As in reqresp.py the server refuses any body over 65536 bytes ({@code
 * server.max_request_body_size}) and the app runs in production; {@code Root_Main --port P} serves
 * it on 127.0.0.1:P.
 */
@AppRoot(config = {"environment = 'production'", "server.max_request_body_size = 65536"})
public class Root {
  public final Echo echo = new Echo();
  public final CookiePages cookies = new CookiePages();

  @Expose
  public String index() {
    return "reqresp index";
  }

  @Expose
  public String headers() {
    HeaderMap h = Cherry.request().headers();
    StringBuilder sb = new StringBuilder();
    for (String name : List.of("X-Test", "Content-Type", "User-Agent", "Host", "X-Multi")) {
      sb.append(name).append(": ").append(h.get(name, "-")).append('\n');
    }
    return sb.toString();
  }

  @Expose
  public String form(Map<String, List<String>> params) {
    List<String> lines = new ArrayList<>();
    new TreeMap<>(params).forEach((k, v) -> lines.add(k + "=" + String.join("|", v)));
    return Cherry.request().method() + "\n" + String.join("\n", lines) + "\n";
  }

  @Expose
  public String upload(Part attachment, @Default("") String description) throws IOException {
    byte[] data = attachment.bytes();
    HeaderElements.Element type = HeaderElements.parse(attachment.contentType());
    return "description="
        + description
        + "\nfilename="
        + attachment.filename()
        + "\ncontent_type="
        + (type == null ? "" : type.value())
        + "\nsize="
        + data.length
        + "\nsha256="
        + sha256(data)
        + "\n";
  }

  @Expose
  public String raw() throws IOException {
    Request req = Cherry.request();
    byte[] data = req.body().read();
    return "type="
        + req.headers().get("Content-Type", "-")
        + " length="
        + data.length
        + " text="
        + new String(data, StandardCharsets.UTF_8)
        + "\n";
  }

  @Expose
  @CpConfig("request.body.maxbytes = 100")
  public String limited(Map<String, List<String>> params) {
    return "accepted " + params.size() + " params";
  }

  /** Python's {@code int(code) if code.isdigit() else code}. */
  @Expose
  public String status(@Default("200") String code) {
    if (!code.isEmpty() && code.chars().allMatch(Character::isDigit)) {
      Cherry.response().setStatus(code.length() > 9 ? -1 : Integer.parseInt(code));
    } else {
      Cherry.response().setStatus(code);
    }
    return "status set to " + code;
  }

  @Expose
  public String custom_headers() {
    HeaderMap h = Cherry.response().headers();
    h.put("X-Custom", "custom value");
    h.put("X-Number", "42");
    h.put("X-Overwritten", "first");
    h.put("X-Overwritten", "second");
    h.put("Content-Language", "en");
    return "headers set";
  }

  @Expose
  @CpConfig("response.stream = True")
  public Iterator<String> stream(@Default("3") String n) {
    return chunks(n);
  }

  @Expose
  public Iterator<String> nostream(@Default("3") String n) {
    return chunks(n);
  }

  /** Python's generator: {@code n} is read when the first chunk is asked for. */
  private static Iterator<String> chunks(String n) {
    return new Iterator<>() {
      private int count = -1;
      private int i;

      @Override
      public boolean hasNext() {
        if (count < 0) {
          count = Integer.parseInt(n.strip());
        }
        return i < count;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return "chunk " + i++ + "\n";
      }
    };
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
