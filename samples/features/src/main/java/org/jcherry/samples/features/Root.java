package org.jcherry.samples.features;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jcherry.AppRoot;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;
import org.jcherry.InternalRedirect;
import org.jcherry.NotFound;
import org.jcherry.http.Request;
import org.jcherry.http.Response;

/** The root of the features tree: argument binding, types, return values, redirects and errors. */
@AppRoot
public class Root {
  public final Pets pets = new Pets();
  public final Blog blog = new Blog();
  public final Archive archive = new Archive();
  public final Users users = new Users();
  public final Shelf shelf = new Shelf();
  private final Mid mid = new Mid();

  /** A child reached through a getter: {@code /mid/...}. */
  public Mid getMid() {
    return mid;
  }

  @Expose
  public String index() {
    return "features";
  }

  /** Every supported parameter type, echoed back. */
  @Expose
  public String typed(
      int i,
      @Default("7") long l,
      @Default("false") boolean b,
      @Default("1.5") double d,
      @Default("RED") Color color,
      @Default("0.10") BigDecimal money,
      Optional<UUID> id,
      Optional<LocalDate> day,
      List<Integer> nums,
      String[] words) {
    return "i="
        + i
        + " l="
        + l
        + " b="
        + b
        + " d="
        + d
        + " color="
        + color
        + " money="
        + money
        + " id="
        + id.map(UUID::toString).orElse("-")
        + " day="
        + day.map(LocalDate::toString).orElse("-")
        + " nums="
        + nums
        + " words="
        + String.join(",", words);
  }

  /** CherryPy's {@code *args} and {@code **kwargs}. */
  @Expose
  public String rest(String first, Map<String, List<String>> kw, String... others) {
    return "first=" + first + " others=" + String.join("/", others) + " kw=" + new TreeMap<>(kw);
  }

  /** Injected request and response. */
  @Expose
  public String inject(Request request, Response response, @Default("x") String v) {
    response.headers().put("X-Method", request.method());
    return "v=" + v + " path=" + request.pathInfo();
  }

  @Expose
  public byte[] bytes() {
    Cherry.response().headers().put("Content-Type", "application/octet-stream");
    return new byte[] {1, 2, 3};
  }

  @Expose
  public List<String> list() {
    return List.of("a", "b", "c");
  }

  @Expose
  public Iterator<String> iterator() {
    return List.of("x", "y").iterator();
  }

  @Expose
  public Stream<String> stream() {
    return Stream.of("s1", "s2");
  }

  @Expose
  public InputStream input() {
    return new ByteArrayInputStream("from a stream".getBytes(StandardCharsets.UTF_8));
  }

  @Expose
  public void nothing() {}

  @Expose
  public String json() {
    Cherry.response().headers().put("Content-Type", "application/json");
    return "{}";
  }

  @Expose
  public String go(String to, @Default("0") int status) {
    throw new HTTPRedirect(to, status);
  }

  @Expose
  public String many() {
    throw new HTTPRedirect(List.of("/a", "b?x=<1>"), 300);
  }

  @Expose
  public String internal() {
    throw new InternalRedirect("/target?from=internal");
  }

  @Expose
  public String target(Request request, Map<String, String> kw) {
    Request prev = request.prev();
    return "method="
        + request.method()
        + " kw="
        + kw
        + " prev="
        + (prev == null ? "-" : prev.pathInfo());
  }

  @Expose
  public String loop() {
    throw new InternalRedirect("/loop");
  }

  @Expose
  public String fail(int code, @Default("") String msg) {
    throw new HTTPError(code, msg.isEmpty() ? null : msg);
  }

  @Expose
  public String missing() {
    throw new NotFound();
  }

  @Expose
  public String boom() {
    throw new IllegalStateException("kaboom");
  }

  @Expose
  public String status(String s) {
    Cherry.response().setStatus(s);
    return "status " + s;
  }

  @Expose("page.two")
  @CpConfig("response.headers.X-Page = 'two'")
  public String page_one() {
    return "page one via " + Cherry.request().pathInfo();
  }

  /** The two spellings of a colour. */
  public enum Color {
    RED,
    GREEN
  }
}
