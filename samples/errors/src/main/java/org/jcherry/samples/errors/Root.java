package org.jcherry.samples.errors;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jcherry.Cherry;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;
import org.jcherry.InternalRedirect;
import org.jcherry.NotFound;

/**
 * The port of the conformance app {@code errors.py}: HTTPError, NotFound, redirects, error pages
 * and error responses. The URL space, mounted at the site root:
 *
 * <pre>
 *   /                      index
 *   /fail?code=&amp;msg=       HTTPError(int(code), msg or None)
 *   /fail_status?status=   HTTPError(status string, e.g. "418 Teapot")
 *   /missing               NotFound()
 *   /missing_path          NotFound('/elsewhere')
 *   /go?to=&amp;code=          HTTPRedirect(to[, int(code)])
 *   /go_many               HTTPRedirect(['/target', '/index'], 300)
 *   /target                redirect target, echoes its parameters
 *   /internal?page=        InternalRedirect('/target?via=internal&amp;page=...')
 *   /internal_loop         InternalRedirect to itself: a bare 500
 *   /boom                  an uncaught exception: the 500 page
 *   /boom_after_yield      a body that fails after its first chunk
 *   /nopage/...            error_page.404 from a file ({@link NoPage})
 *   /callable/deny         a 403 rendered by an error page renderer ({@link CallablePage})
 *   /custom/...            a custom request.error_response ({@link Custom})
 * </pre>
 *
 * {@link Main} serves it with the app config of {@link ErrorsApp}.
 */
public class Root {
  public final NoPage nopage = new NoPage();
  public final CallablePage callable = new CallablePage();
  public final Custom custom = new Custom();

  @Expose
  public String index() {
    return "errors index";
  }

  /** {@code int(code)}: text that is no integer fails in the handler, a 500 as in Python. */
  @Expose
  public String fail(@Default("500") String code, Optional<String> msg) {
    throw new HTTPError(Integer.parseInt(code.strip()), msg.orElse(null));
  }

  @Expose
  public String fail_status(String status) {
    throw new HTTPError(status, null);
  }

  @Expose
  public String missing() {
    throw new NotFound();
  }

  @Expose
  public String missing_path() {
    throw new NotFound("/elsewhere");
  }

  @Expose
  public String go(@Default("/target") String to, Optional<String> code) {
    if (code.isEmpty()) {
      throw new HTTPRedirect(to);
    }
    throw new HTTPRedirect(to, Integer.parseInt(code.get().strip()));
  }

  @Expose
  public String go_many() {
    throw new HTTPRedirect(List.of("/target", "/index"), 300);
  }

  /** Every parameter, keys sorted; a repeated one prints as Python prints a list. */
  @Expose
  public String target(Map<String, List<String>> params) {
    String listed =
        new TreeMap<>(params)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + pythonStr(e.getValue()))
                .collect(Collectors.joining(","));
    return "target path=" + Cherry.request().pathInfo() + " params=" + listed;
  }

  @Expose
  public String internal(@Default("1") String page) {
    throw new InternalRedirect("/target?via=internal&page=" + page);
  }

  @Expose
  public String internal_loop() {
    throw new InternalRedirect("/internal_loop");
  }

  @Expose
  public String boom() {
    throw new IllegalArgumentException("handler exploded");
  }

  /**
   * A generator that fails after its first chunk: the body is collected first, so the answer is a
   * 500.
   */
  @Expose
  public Iterator<String> boom_after_yield() {
    return new Iterator<>() {
      private int produced;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        if (produced++ == 0) {
          return "first chunk\n";
        }
        throw new IllegalStateException("late failure");
      }
    };
  }

  private static String pythonStr(List<String> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
