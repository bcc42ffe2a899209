package org.jcherry.samples.wiki;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;
import org.jcherry.http.Part;
import org.jcherry.jte.Jte;
import org.jcherry.tools.statics.FileServer;

/**
 * One page, made per request by {@link Wiki#page}: {@code /wiki/NAME} shows it, {@code edit},
 * {@code history}, {@code history/REV}, {@code diff?from=&to=}, {@code upload} and {@code
 * files/FILE} below it.
 */
public class PageNode {
  /** Types a browser may show inline; anything else is downloaded as bytes. */
  private static final Set<String> SAFE_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "text/plain", "application/pdf");

  private final String name;
  private final Pages pages;
  private final Attachments attachments;

  PageNode(String name, Pages pages, Attachments attachments) {
    if (!PageNames.valid(name)) {
      name = null;
    }
    this.name = name;
    this.pages = pages;
    this.attachments = attachments;
  }

  /** {@code /wiki/NAME}: the page, or an invitation to write it (a 404). */
  @Expose
  public String default_() throws SQLException {
    checkName();
    Optional<Page> found = pages.find(name);
    if (found.isEmpty()) {
      Cherry.response().setStatus(404);
      Chrome chrome = Chrome.of(PageNames.title(name));
      return Jte.html((out, html) -> JtemissingGenerated.render(out, html, chrome, name));
    }
    Page page = found.get();
    List<Attachment> files = attachments.of(page);
    String body = Markdown.html(page.body());
    Chrome chrome = Chrome.of(page.title());
    return Jte.html((out, html) -> JtepageGenerated.render(out, html, chrome, page, body, files));
  }

  /** {@code /wiki/NAME/edit}: the editor (GET) and saving it (POST) as the next revision. */
  @Expose
  public String edit(@Default("") String body, @Default("") String comment, @Default("-1") int base)
      throws SQLException {
    checkName();
    String user = Forms.requireUser();
    Optional<Page> page = pages.find(name);
    int current = page.map(Page::rev).orElse(0);
    if (!Forms.isPost()) {
      return editor(page.map(Page::body).orElse(""), "", current, null);
    }
    String text = body.replace("\r\n", "\n");
    String error = null;
    if (text.isBlank()) {
      error = "The page text is empty: write something, or leave the page as it is.";
    } else if (text.length() > 100_000) {
      error = "The page text is longer than 100,000 characters.";
    } else if (comment.length() > 200) {
      error = "The summary is longer than 200 characters.";
    } else if (base < 0) {
      error = "The form lost the revision it was editing: reload the page.";
    } else if (!pages.save(name, text, user, comment.strip(), base)) {
      error =
          "Someone else saved this page (now r"
              + pages.find(name).map(Page::rev).orElse(0)
              + ") while you were editing. Your text is below: compare and save again.";
      base = pages.find(name).map(Page::rev).orElse(0);
    }
    if (error != null) {
      Cherry.response().setStatus(error.startsWith("Someone") ? 409 : 400);
      return editor(text, comment, base, error);
    }
    Chrome.flash("Saved " + PageNames.title(name) + " as r" + (base + 1) + ".");
    throw new HTTPRedirect(Root_Urls.wikiPageDefault(name), 303);
  }

  private String editor(String body, String comment, int base, String error) {
    Chrome chrome = Chrome.of("Editing " + PageNames.title(name));
    return Jte.html(
        (out, html) ->
            JteeditGenerated.render(out, html, chrome, name, body, comment, base, error));
  }

  /** {@code /wiki/NAME/history}: every revision; {@code /wiki/NAME/history/3}: revision 3. */
  @Expose
  public String history(Optional<Integer> rev) throws SQLException {
    Page page = existing();
    if (rev.isEmpty()) {
      List<Revision> revisions = pages.revisions(page);
      Chrome chrome = Chrome.of("History of " + page.title());
      return Jte.html(
          (out, html) -> JtehistoryGenerated.render(out, html, chrome, page, revisions));
    }
    Revision r = revision(page, rev.get());
    String body = Markdown.html(r.body());
    Chrome chrome = Chrome.of(page.title() + " r" + r.rev());
    return Jte.html((out, html) -> JterevisionGenerated.render(out, html, chrome, page, r, body));
  }

  /** {@code /wiki/NAME/diff?from=1&to=3}: what changed between two revisions. */
  @Expose
  public String diff(int from, int to) throws SQLException {
    Page page = existing();
    List<String> lines = Diffs.unified(name, revision(page, from), revision(page, to));
    Chrome chrome = Chrome.of(page.title() + ": r" + from + " to r" + to);
    return Jte.html(
        (out, html) -> JtediffGenerated.render(out, html, chrome, page, from, to, lines));
  }

  /**
   * {@code POST /wiki/NAME/upload}: attaches a file. A body over 1 MB is refused with a 413 before
   * this runs.
   */
  @Expose
  @CpConfig({
    "request.body.maxbytes = 1048576 + 4096",
    "tools.allow.on = True",
    "tools.allow.methods = ['POST']"
  })
  public String upload(Optional<Part> file) throws SQLException, IOException {
    String user = Forms.requireUser();
    Page page = existing();
    String fileName = file.map(f -> Attachments.baseName(f.filename())).orElse("");
    if (fileName.isEmpty()) {
      Chrome.flash("Choose a file to upload.");
    } else if (!Attachments.valid(fileName)) {
      Chrome.flash(Attachments.RULE);
    } else if (file.get().size() > 1_048_576) {
      Chrome.flash("The file is larger than 1 MB.");
    } else {
      Part part = file.get();
      String type = part.contentType() == null ? "application/octet-stream" : part.contentType();
      try (InputStream in = part.open()) {
        attachments.add(page, fileName, type, part.size(), in, user);
      }
      Chrome.flash("Attached " + fileName + ".");
    }
    throw new HTTPRedirect(Root_Urls.wikiPageDefault(name), 303);
  }

  /** {@code /wiki/NAME/files/FILE}: an attachment, as a download (ranges served). */
  @Expose
  public Object files(String file) throws SQLException, IOException {
    Page page = existing();
    Attachment a =
        attachments
            .find(page, file)
            .orElseThrow(() -> new HTTPError(404, page.title() + " has no attachment " + file));
    String type =
        SAFE_TYPES.contains(a.contentType()) ? a.contentType() : "application/octet-stream";
    Cherry.response().headers().put("X-Content-Type-Options", "nosniff");
    return FileServer.serve(attachments.file(a), type, "attachment", a.name());
  }

  /** A name that is no page name is a 404 that says what a name may be. */
  private void checkName() {
    if (name == null) {
      throw new HTTPError(404, PageNames.RULE);
    }
  }

  private Page existing() throws SQLException {
    checkName();
    return pages
        .find(name)
        .orElseThrow(() -> new HTTPError(404, "There is no page " + PageNames.title(name) + "."));
  }

  private Revision revision(Page page, int rev) throws SQLException {
    return pages
        .revision(page, rev)
        .orElseThrow(() -> new HTTPError(404, page.title() + " has no revision " + rev + "."));
  }
}
