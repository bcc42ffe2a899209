package org.jcherry.samples.wiki;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.HTTPError;
import org.jcherry.tools.json.JsonIn;

/**
 * {@code /api/pages} (a REST resource: the request's method picks the handler, others are a 405
 * with {@code Allow}): {@code GET /api/pages?page=N} lists, {@code GET /api/pages/NAME} reads,
 * {@code PUT /api/pages/NAME} with {@code {"body": ..., "comment": ..., "base": REV}} writes the
 * next revision, {@code DELETE /api/pages/NAME} deletes. Writes need a user: the session's or basic
 * auth's ({@link ApiAuth}).
 */
@CpConfig("tools.json_out.on = True")
public class PagesApi {
  private final Pages pages;

  PagesApi(Pages pages) {
    this.pages = pages;
  }

  @Expose
  public Object GET(Optional<String> name, @Default("1") int page) throws SQLException {
    if (name.isEmpty()) {
      PageList list = pages.list(page);
      List<Object> items = new ArrayList<>();
      for (Page p : list.items()) {
        items.add(summary(p));
      }
      return Map.of("page", list.number(), "pages", list.count(), "items", items);
    }
    Page p = existing(name.get());
    Map<String, Object> out = summary(p);
    out.put("body", p.body());
    out.put("html", Markdown.html(p.body()));
    return out;
  }

  @Expose
  @CpConfig("tools.json_in.on = True")
  public Object PUT(String name) throws SQLException {
    if (!PageNames.valid(name)) {
      throw new HTTPError(400, PageNames.RULE);
    }
    if (!(JsonIn.json(Cherry.request()) instanceof Map<?, ?> json)
        || !(json.get("body") instanceof String body)
        || body.isBlank()) {
      throw new HTTPError(400, "Send a JSON object with a non-empty string \"body\".");
    }
    String comment = json.get("comment") instanceof String c ? c : "";
    if (comment.length() > 200 || body.length() > 100_000) {
      throw new HTTPError(400, "The body is over 100,000 or the comment over 200 characters.");
    }
    int current = pages.find(name).map(Page::rev).orElse(0);
    int base = json.get("base") instanceof Integer b ? b : current;
    if (!pages.save(name, body, Cherry.request().login(), comment, base)) {
      throw new HTTPError(409, "The page is at r" + current + ", not r" + base + ".");
    }
    return summary(existing(name));
  }

  @Expose
  public Object DELETE(String name) throws SQLException {
    if (!pages.delete(name)) {
      throw new HTTPError(404, "There is no page " + name + ".");
    }
    return Map.of("deleted", name);
  }

  private Page existing(String name) throws SQLException {
    return pages.find(name).orElseThrow(() -> new HTTPError(404, "There is no page " + name + "."));
  }

  private static Map<String, Object> summary(Page p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("rev", p.rev());
    m.put("updated", p.updatedAt().toString());
    m.put("url", Root_Urls.wikiPageDefault(p.name()));
    return m;
  }
}
