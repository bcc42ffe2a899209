package org.jcherry.samples.wiki;

import java.sql.SQLException;
import java.util.function.IntFunction;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.HTTPRedirect;
import org.jcherry.PopArgs;
import org.jcherry.jte.Jte;

/** {@code /wiki/}: the list of pages; {@code /wiki/NAME/...}: one page, through {@link #page}. */
public class Wiki {
  static final String MAIN_PAGE = "Main_Page";

  private final Pages pages;
  private final Attachments attachments;

  Wiki(Pages pages, Attachments attachments) {
    this.pages = pages;
    this.attachments = attachments;
  }

  /** {@code /wiki/?page=2}: every page by name, ten at a time. */
  @Expose
  public String index(@Default("1") int page) throws SQLException {
    PageList list = pages.list(page);
    Chrome chrome = Chrome.of("All pages");
    IntFunction<String> pageUrl = Root_Urls::wikiIndex;
    return Jte.html(
        (out, html) -> JtelistGenerated.render(out, html, chrome, "All pages", "", list, pageUrl));
  }

  /** {@code /wiki/go?title=Some title}: the page of that title (made from the list's form). */
  @Expose
  public String go(@Default("") String title) {
    String name = PageNames.fromTitle(title);
    if (!PageNames.valid(name)) {
      Chrome.flash(PageNames.RULE);
      throw new HTTPRedirect(Root_Urls.wikiIndex(), 303);
    }
    throw new HTTPRedirect(Root_Urls.wikiPageDefault(name), 303);
  }

  /**
   * {@code /wiki/NAME/...}: pops the page name and goes on to that page's node, whose handlers
   * check the name (an error raised here, during dispatch, would not get the app's error page).
   */
  @PopArgs("name")
  public PageNode page(String name) {
    return new PageNode(name, pages, attachments);
  }
}
