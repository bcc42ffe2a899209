package org.jcherry;

import java.util.ArrayList;
import java.util.List;
import org.jcherry.http.Urls;

/**
 * Raise to redirect the client. URLs are resolved against the current URL ({@link Cherry#url()}),
 * so build app-relative ones with {@link Cherry#url(String)}; the status defaults to 303 (302 for
 * an HTTP/1.0 client) and must be 300-399.
 */
public class HTTPRedirect extends JCherryException {
  private static final long serialVersionUID = 1L;

  private final List<String> urls;
  private final int status;

  public HTTPRedirect(String url) {
    this(List.of(url), 0);
  }

  public HTTPRedirect(String url, int status) {
    this(List.of(url), status);
  }

  /**
   * Several URLs (shown in the body; the first becomes {@code Location}); status 0 for the default.
   * {@code new HTTPRedirect(List.of(), 304)} answers "Not Modified", as CherryPy's {@code
   * HTTPRedirect([], 304)}.
   */
  public HTTPRedirect(List<String> urls, int status) {
    super("redirect to " + urls);
    if (urls.isEmpty() && status != 304) {
      throw new IllegalArgumentException("at least one URL is needed (only a 304 goes nowhere)");
    }
    int s = status != 0 ? status : Cherry.defaultRedirectStatus();
    if (s < 300 || s > 399) {
      throw new IllegalArgumentException("redirect status must be between 300 and 399, not " + s);
    }
    List<String> absolute = new ArrayList<>(urls.size());
    for (String u : urls) {
      // As CherryPy: joined with the current URL, so "/x" is server-relative and "x" path-relative.
      absolute.add(Urls.join(Cherry.url(), u));
    }
    this.urls = List.copyOf(absolute);
    this.status = s;
  }

  /** The absolute URLs, resolved when the redirect was raised. */
  public List<String> urls() {
    return urls;
  }

  public int status() {
    return status;
  }
}
