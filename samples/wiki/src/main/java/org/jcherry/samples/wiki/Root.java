package org.jcherry.samples.wiki;

import java.sql.SQLException;
import java.util.function.IntFunction;
import org.jcherry.AppRoot;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.HTTPRedirect;
import org.jcherry.jte.Jte;

/**
 * The site: {@code /} sends readers to the main page; {@code /wiki/...} are the pages, {@code
 * /account/...} the logins, {@code /api/pages} the JSON API and {@code /assets/...} the CSS and
 * script (served by tools.staticdir, configured in {@link WikiApp}).
 */
@AppRoot(main = false)
public class Root {
  public final Wiki wiki;
  public final Account account;
  public final Api api;
  private final Pages pages;

  Root(Pages pages, Users users, Attachments attachments) {
    this.pages = pages;
    this.wiki = new Wiki(pages, attachments);
    this.account = new Account(users);
    this.api = new Api(pages);
  }

  /** {@code /}: the main page. */
  @Expose
  public String index() {
    throw new HTTPRedirect(Root_Urls.wikiPageDefault(Wiki.MAIN_PAGE), 303);
  }

  /** {@code /search?q=text&page=2}: pages whose name or text contains {@code q}. */
  @Expose
  public String search(@Default("") String q, @Default("1") int page) throws SQLException {
    String typed = q.strip();
    if (typed.isEmpty()) {
      Chrome.flash("Type something to search for.");
      throw new HTTPRedirect(Root_Urls.wikiIndex(), 303);
    }
    String query = typed.length() > 100 ? typed.substring(0, 100) : typed;
    PageList found = pages.search(query, page);
    Chrome chrome = Chrome.of("Search");
    String heading = "Pages containing \u201c" + query + "\u201d";
    IntFunction<String> pageUrl = n -> Root_Urls.search(query, n);
    return Jte.html(
        (out, html) -> JtelistGenerated.render(out, html, chrome, heading, query, found, pageUrl));
  }
}
