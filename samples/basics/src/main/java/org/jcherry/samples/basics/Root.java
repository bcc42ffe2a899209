package org.jcherry.samples.basics;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jcherry.AppRoot;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;

/**
 * The port of the conformance app {@code basics.py}: the object-tree dispatcher and handler
 * arguments. The URL space, mounted at the site root:
 *
 * <pre>
 *   /                          index
 *   /greet?name=&amp;greeting=     keyword args with defaults
 *   /add/A/B  or /add?a=&amp;b=    two required args (positional or keyword)
 *   /pos/FIRST[/SECOND]        one required, one optional positional arg
 *   /tags?tag=..&amp;tag=..        repeated parameter -&gt; list
 *   /kw?...                    **kwargs echo (sorted keys, lists joined by '|')
 *   /strict?a=                 exactly one required arg, no **kwargs
 *   /hello, /hi, /salut        one handler exposed under three names
 *   /page.html, /my-page       dotted / dashed names map to page_html, my_page
 *   /gen?n=3                   generator body (a Stream)
 *   /unicode                   non-ASCII text, utf-8 charset
 *   /latin                     non-ASCII text encoded as iso-8859-1
 *   /octets                    bytes body, application/octet-stream
 *   /secret                    a method that is NOT exposed (404)
 *   /shop/                     nested object index (/shop -&gt; 301 /shop/)
 *   /shop/item/ID?color=       nested object method with positional arg
 *   /shop/deep/                nested two levels
 *   /catch/...                 nested object with a default handler
 *   /links                     links made with the generated Root_Urls (not in basics.py)
 * </pre>
 *
 * As in basics.py the app runs with {@code environment: production}; {@code Root_Main --port P}
 * serves it on 127.0.0.1:P.
 */
@AppRoot(config = {"environment = 'production'"})
public class Root {
  public final Shop shop = new Shop();
  private final Catch catchNode = new Catch();

  /** {@code /catch/...} ({@code catch} is a Java keyword, so the child is a getter). */
  public Catch getCatch() {
    return catchNode;
  }

  @Expose
  public String index() {
    return "basics index";
  }

  @Expose
  public String greet(@Default("world") String name, @Default("Hello") String greeting) {
    return greeting + ", " + name + "!";
  }

  /** Python's {@code int(a) + int(b)}: text that is no integer fails in the handler (a 500). */
  @Expose
  public String add(String a, String b) {
    return "sum=" + pythonInt(a).add(pythonInt(b));
  }

  @Expose
  public String pos(String first, @Default("none") String second) {
    return "first=" + first + " second=" + second;
  }

  /** CherryPy hands a repeated parameter over as a list, a single one as a plain value. */
  @Expose
  public String tags(List<String> tag) {
    if (tag.isEmpty()) {
      return "no tags";
    }
    if (tag.size() > 1) {
      return "list of " + tag.size() + ": " + String.join(",", tag);
    }
    return "single: " + tag.get(0);
  }

  /**
   * {@code **kwargs}: every parameter, keys sorted, a repeated one's values joined by {@code |}.
   */
  @Expose
  public String kw(Map<String, List<String>> kwargs) {
    return "kw "
        + Python.sorted(kwargs).entrySet().stream()
            .map(e -> e.getKey() + "=" + String.join("|", e.getValue()))
            .collect(Collectors.joining("&"));
  }

  /**
   * One link per line, each made by the generated {@code Root_Urls}: a handler renamed, moved or
   * retyped breaks this method's compilation rather than a link at run time. Not in basics.py.
   */
  @Expose
  public String links() {
    return String.join(
        "\n",
        Root_Urls.greet("Zoë & co", "Hi"),
        Root_Urls.greet(),
        Root_Urls.add("2", "40"),
        Root_Urls.tags(List.of("a", "b c")),
        Root_Urls.kw(Map.of("x", List.of("1", "2"))),
        Root_Urls.shopIndex(),
        Root_Urls.shopItem("a b?", "red"),
        Root_Urls.shopDeepLeaf("v"),
        Root_Urls.catchDefault(Map.of("k", "v"), "one", "two/three"),
        Root_Urls.page_html());
  }

  @Expose
  public String strict(String a) {
    return "strict a=" + a;
  }

  @Expose({"hi", "salut"})
  public String hello() {
    return "hello via " + Cherry.request().pathInfo();
  }

  /** {@code /page.html}. */
  @Expose
  public String page_html() {
    Cherry.response().headers().put("Content-Type", "text/html");
    return "<html><body>dotted page</body></html>";
  }

  /** {@code /my-page}. */
  @Expose
  public String my_page() {
    return "dashed page";
  }

  /** A generator body: the lines are produced as the response is written. */
  @Expose
  public Stream<String> gen(@Default("3") String n) {
    return IntStream.range(0, pythonInt(n).intValueExact()).mapToObj(i -> "line " + i + "\n");
  }

  @Expose
  public String unicode() {
    return "Gr\u00fc\u00dfe, \u4e16\u754c \u2713";
  }

  @Expose
  @CpConfig("tools.encode.encoding = 'iso-8859-1'")
  public String latin() {
    return "caf\u00e9 na\u00efve";
  }

  @Expose
  public byte[] octets() {
    Cherry.response().headers().put("Content-Type", "application/octet-stream");
    byte[] out = new byte[18];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (i * 15);
    }
    return out;
  }

  /** Not exposed: {@code /secret} is a 404. */
  public String secret() {
    return "never served";
  }

  /**
   * Python's {@code int(text)}: surrounding whitespace, a sign, decimal digits (any script's),
   * single underscores between digits; any size.
   *
   * @throws NumberFormatException for anything else, as Python raises ValueError
   */
  static BigInteger pythonInt(String text) {
    String s = text.strip();
    String sign = "";
    if (s.startsWith("+") || s.startsWith("-")) {
      sign = s.substring(0, 1);
      s = s.substring(1);
    }
    if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
      throw new NumberFormatException("invalid literal for int() with base 10: " + text);
    }
    StringBuilder digits = new StringBuilder(sign);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '_') {
        continue;
      }
      int d =
          Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
      if (d < 0) {
        throw new NumberFormatException("invalid literal for int() with base 10: " + text);
      }
      digits.append((char) ('0' + d));
    }
    return new BigInteger(digits.toString());
  }
}
