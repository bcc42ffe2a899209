package demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jcherry.Cherry;
import org.jcherry.internal.UrlParts;

/**
 * The URLs of the handlers reachable from {@link Root}, generated from its tree: each method returns
 * {@code Cherry.url(path, query)} for its handler, so the script name, base and
 * {@code relative_urls} are those of the request being served. Popped and positional
 * segments are percent-encoded; other parameters go in the query string ({@code null} and empty
 * {@code Optional} values are left out). File uploads ({@code Part}) have no place in a URL
 * and are left out.
 *
 * <p>Not covered, as the tree below them is only known at run time:
 *
 * <ul>
 *   <li>{@code /users/...: Users.route is a _cp_dispatch method, which picks the next node at run time}
 * </ul>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Root_Urls {
  private Root_Urls() {
  }

  /**
   * What {@code Cherry.url} makes of the path and query built.
   */
  private static String url(UrlParts parts) {
    return Cherry.url(parts.path(), parts.query());
  }

  /**
   * {@code /}: {@link Root#index}.
   */
  public static String index() {
    return url(UrlParts.at("/"));
  }

  /**
   * {@code /greet}: {@link Root#greet}.
   */
  public static String greet(String name, int times) {
    return url(UrlParts.at("/greet").query("name", name).query("times", times));
  }

  /**
   * {@code /greet}: {@link Root#greet}.
   */
  public static String greet(String name) {
    return url(UrlParts.at("/greet").query("name", name));
  }

  /**
   * {@code /paint}: {@link Root#paint}.
   */
  public static String paint(Root.Color color, Optional<Integer> shade, List<String> tag,
      long[] sizes, double ratio) {
    return url(UrlParts.at("/paint")
        .query("color", color)
        .query("shade", shade)
        .query("tag", tag)
        .query("sizes", sizes)
        .query("ratio", ratio));
  }

  /**
   * {@code /paint}: {@link Root#paint}.
   */
  public static String paint(Root.Color color) {
    return url(UrlParts.at("/paint").query("color", color));
  }

  /**
   * {@code /whoami}: {@link Root#whoami}.
   */
  public static String whoami(Map<String, ?> rest) {
    return url(UrlParts.at("/whoami").keywords(rest));
  }

  /**
   * {@code /whoami}: {@link Root#whoami}.
   */
  public static String whoami() {
    return url(UrlParts.at("/whoami"));
  }

  /**
   * {@code /ping}: {@link Root#ping}.
   */
  public static String ping() {
    return url(UrlParts.at("/ping"));
  }

  /**
   * {@code /}: {@link Root#default_}.
   */
  public static String default_(String... vpath) {
    return url(UrlParts.at("/").segments(vpath));
  }

  /**
   * {@code /blog/{year}/{month}/}: {@link Blog#index}.
   */
  public static String blogIndex(int year, int month) {
    return url(UrlParts.at("/blog").segment(year).segment(month).literal("/"));
  }

  /**
   * {@code /blog/{year}/{month}/create}: {@link Blog#create}.
   */
  public static String blogCreate(String year, String month) {
    return url(UrlParts.at("/blog").segment(year).segment(month).literal("/create"));
  }

  /**
   * {@code /calendar/{year}/{month}/}: {@link Month#index}.
   */
  public static String calendarMonthIndex(String year, String month) {
    return url(UrlParts.at("/calendar").segment(year).segment(month).literal("/"));
  }

  /**
   * {@code /archive/{year}/}: {@link Year#index}.
   */
  public static String archiveYearsIndex(String year) {
    return url(UrlParts.at("/archive").segment(year).literal("/"));
  }

  /**
   * {@code /archive/{year}/delete}: {@link Year#delete}.
   */
  public static String archiveYearsDelete(String year) {
    return url(UrlParts.at("/archive").segment(year).literal("/delete"));
  }
}
