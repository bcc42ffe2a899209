package org.jcherry.samples.wiki;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.dispatch.MethodDispatcher;

/** The wiki's tree and app config for one {@link WikiSettings}: what main and the tests mount. */
final class WikiApp {
  private static final String WELCOME =
      "Welcome to the **JCherry Wiki**.\n\n"
          + "Every page is Markdown: edit this one, or make a new one from [All pages](/wiki/).\n";

  final Root root;
  final Map<String, Map<String, ?>> config;

  private WikiApp(Root root, Map<String, Map<String, ?>> config) {
    this.root = root;
    this.config = config;
  }

  static WikiApp open(WikiSettings settings) throws IOException, SQLException {
    Database db =
        Database.open(
            settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.dataDir());
    Pages pages = new Pages(db);
    Users users = new Users(db);
    if (pages.find(Wiki.MAIN_PAGE).isEmpty()) {
      pages.save(Wiki.MAIN_PAGE, WELCOME, "wiki", "The wiki's first page", 0);
    }
    Root root =
        new Root(pages, users, new Attachments(db, settings.dataDir().resolve("attachments")));

    Map<String, Object> site = new LinkedHashMap<>();
    site.put("tools.sessions.on", true);
    site.put("tools.sessions.httponly", true);
    // Lax, not Strict: a reader who follows a link from elsewhere arrives logged in; forms are
    // guarded by tools.csrf, whose own cookie is Strict.
    site.put("tools.sessions.samesite", "Lax");
    site.put("tools.sessions.timeout", 120);
    if (settings.redisUrl() != null) {
      site.put("tools.sessions.storage_type", "redis");
      site.put("tools.sessions.redis_url", settings.redisUrl());
      site.put("tools.sessions.locking", "early");
    }
    site.put("tools.csrf.on", true);
    if (settings.proxy()) {
      site.put("tools.proxy.on", true);
    }
    ErrorPages errors = new ErrorPages();
    site.put("error_page.default", errors);
    site.put("request.show_tracebacks", false);

    Map<String, Object> api = new LinkedHashMap<>();
    api.put("request.dispatch", new MethodDispatcher());
    api.put("tools.csrf.on", false);
    api.put("hooks.before_handler", new ApiAuth(users));
    api.put("error_page.default", new ApiErrors());

    // The CSS and script, from the jar: an ETag (304 when unchanged), an hour's Expires and gzip.
    Map<String, Object> assets = new LinkedHashMap<>();
    assets.put("tools.staticdir.on", true);
    assets.put("tools.staticdir.dir", "classpath:/static");
    assets.put("tools.etags.on", true);
    assets.put("tools.etags.autotags", true);
    assets.put("tools.gzip.on", true);
    assets.put(
        "tools.gzip.mime_types", List.of("text/css", "text/javascript", "application/javascript"));
    assets.put("tools.expires.on", true);
    assets.put("tools.expires.secs", 3600);
    assets.put("tools.expires.force", true);

    Map<String, Map<String, ?>> config = new LinkedHashMap<>();
    config.put("/", site);
    config.put("/api", api);
    config.put("/assets", assets);
    return new WikiApp(root, config);
  }
}
