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
   * {@code /}: {@link Root#index}.
   */
  public static String index() {
    UrlParts url = UrlParts.at("/");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /greet}: {@link Root#greet}.
   */
  public static String greet(String name, int times) {
    UrlParts url = UrlParts.at("/greet")
        .query("name", name)
        .query("times", times);
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /greet}: {@link Root#greet}.
   */
  public static String greet(String name) {
    UrlParts url = UrlParts.at("/greet")
        .query("name", name);
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /paint}: {@link Root#paint}.
   */
  public static String paint(Root.Color color, Optional<Integer> shade, List<String> tag,
      long[] sizes, double ratio) {
    UrlParts url = UrlParts.at("/paint")
        .query("color", color)
        .query("shade", shade)
        .query("tag", tag)
        .query("sizes", sizes)
        .query("ratio", ratio);
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /paint}: {@link Root#paint}.
   */
  public static String paint(Root.Color color) {
    UrlParts url = UrlParts.at("/paint")
        .query("color", color);
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /whoami}: {@link Root#whoami}.
   */
  public static String whoami(Map<String, ?> rest) {
    UrlParts url = UrlParts.at("/whoami")
        .keywords(rest);
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /whoami}: {@link Root#whoami}.
   */
  public static String whoami() {
    UrlParts url = UrlParts.at("/whoami");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /ping}: {@link Root#ping}.
   */
  public static String ping() {
    UrlParts url = UrlParts.at("/ping");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /}: {@link Root#default_}.
   */
  public static String default_(String... vpath) {
    UrlParts url = UrlParts.at("/")
        .segments(vpath);
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /}: {@link Root#default_}.
   */
  public static String default_() {
    UrlParts url = UrlParts.at("/");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /blog/{year}/{month}/}: {@link Blog#index}.
   */
  public static String blogIndex(int year, int month) {
    UrlParts url = UrlParts.at("/blog").segment(year).segment(month).literal("/");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /blog/{year}/{month}/create}: {@link Blog#create}.
   */
  public static String blogCreate(String year, String month) {
    UrlParts url = UrlParts.at("/blog").segment(year).segment(month).literal("/create");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /calendar/{year}/{month}/}: {@link Month#index}.
   */
  public static String calendarMonthIndex(String year, String month) {
    UrlParts url = UrlParts.at("/calendar").segment(year).segment(month).literal("/");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /archive/{year}/}: {@link Year#index}.
   */
  public static String archiveYearsIndex(String year) {
    UrlParts url = UrlParts.at("/archive").segment(year).literal("/");
    return Cherry.url(url.path(), url.query());
  }

  /**
   * {@code /archive/{year}/delete}: {@link Year#delete}.
   */
  public static String archiveYearsDelete(String year) {
    UrlParts url = UrlParts.at("/archive").segment(year).literal("/delete");
    return Cherry.url(url.path(), url.query());
  }
}
