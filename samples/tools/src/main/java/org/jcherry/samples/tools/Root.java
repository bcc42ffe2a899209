package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/**
 * The port of the conformance app {@code tools.py}: the built-in tools, custom tools and hook
 * order. The URL space, mounted at the site root:
 *
 * <pre>
 *   /                          index
 *   /gz/text, /gz/html         gzip on (text/plain, text/html bodies)
 *   /gz/data                   gzip on but JSON body (not in gzip mime_types)
 *   /etag/page, /etag/other    etags autotags on
 *   /exp/hour                  expires secs=3600 force=True
 *   /exp/lazy                  expires secs=3600 without force (no effect)
 *   /exp/tagged                etags + expires secs=60 without force
 *   /exp/never                 expires secs=0 force=True (no-cache headers)
 *   /json/echo                 json_in + json_out: {"received": ..., "kind": ...}
 *   /json/out                  json_out only (GET)
 *   /json/keys                 json_in only, text answer
 *   /enc/latin                 encode.encoding = iso-8859-1
 *   /enc/nego                  default encode tool (Accept-Charset negotiation)
 *   /static/...                staticdir static/ (index: index.html)
 *   /robots.txt                staticfile static/robots.txt
 *   /secure/                   auth_basic realm "tools-realm", alice/wonderland
 *   /getonly                   allow GET and HEAD only
 *   /tsx/page                  trailing_slash extra=True (/tsx/page/ -&gt; 301)
 *   /tsm/                      trailing_slash missing=False (/tsm serves index)
 *   /stamped/, /stamped/other  custom tool 'stamp' (before_finalize) -&gt; X-Stamp
 *   /gate/                     custom tool 'gate' (before_handler): 403 unless X-Token: open
 *   /order/, /order/flipped    hook ordering, X-Trace shows the order of tools
 * </pre>
 *
 * The config that holds Java values (the static paths, the password check) is in {@link
 * ToolsApp#config}; the custom tools are registered by {@link CustomTools#register}.
 */
public class Root {
  public final Gz gz = new Gz();
  public final Etag etag = new Etag();
  public final Exp exp = new Exp();
  public final Json json = new Json();
  public final Enc enc = new Enc();
  public final Secure secure = new Secure();
  public final TsExtra tsx = new TsExtra();
  public final TsMissing tsm = new TsMissing();
  public final Stamped stamped = new Stamped();
  public final Gate gate = new Gate();
  public final Order order = new Order();

  @Expose
  public String index() {
    return "tools index";
  }

  @Expose
  @CpConfig({"tools.allow.on = True", "tools.allow.methods = ['GET', 'HEAD']"})
  public String getonly() {
    return "only GET or HEAD";
  }
}
