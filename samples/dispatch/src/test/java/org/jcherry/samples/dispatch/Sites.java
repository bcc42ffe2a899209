package org.jcherry.samples.dispatch;

import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;

/** A tree of two sites and a blog controller, for the VirtualHost and routes dispatcher tests. */
public class Sites {
  public final Site one = new Site("one");
  public final Site two = new Site("two");
  public final Blog blog = new Blog();

  @Expose
  public String index() {
    return "no site";
  }

  /** One site: answers with its name and the request's own path info. */
  public static class Site {
    private final String name;
    public final Section section = new Section();

    public Site(String name) {
      this.name = name;
    }

    @Expose
    public String index() {
      return name + " index path_info=" + Cherry.request().pathInfo() + " url=" + Cherry.url();
    }
  }

  /** A nested index: reached without its slash it redirects, to the client's own URL. */
  public static class Section {
    @Expose
    public String index() {
      return "section";
    }
  }

  /** A routes controller with config of its own and on one action. */
  @CpConfig("response.headers.X-Controller = 'blog'")
  public static class Blog {
    @Expose
    public String show(String year, String slug, @Default("plain") String format) {
      return "post " + year + "/" + slug + " as " + format;
    }

    @Expose
    @CpConfig("response.headers.X-Action = 'list'")
    public String list() {
      return "all posts";
    }
  }
}
