package org.jcherry.samples.config;

import java.util.Map;
import org.jcherry.CpConfig;
import org.jcherry.Expose;

/**
 * config.py's app at {@code /cfg}; every handler answers {@code flavor=F colour=C} from its config,
 * and the response_headers tool adds {@code X-Level} where it is on.
 *
 * <pre>
 *   /cfg/                     this class's config
 *   /cfg/section/             class config + path section '/section'
 *   /cfg/section/special      method config overrides
 *   /cfg/section/deeper/      path section '/section/deeper' only
 *   /cfg/plain                path section turns response_headers off
 *   /cfg/sub/text             gzip on (path section '/sub')
 *   /cfg/sub/nogz/text        gzip off again (path section '/sub/nogz')
 *   /cfg/urls/a/b?...         url() variants, one per line
 *   /cfg/section/hop, up, top relative, dot-dot and app-absolute redirects
 * </pre>
 */
@CpConfig({
  "tools.response_headers.on = True",
  "tools.response_headers.headers = [('X-Level', 'root')]",
  "custom.flavor = 'root-class'",
  "custom.colour = 'red'"
})
public class CfgRoot {
  public final Section section = new Section();
  public final Sub sub = new Sub();

  @Expose
  public String index() {
    return Show.config();
  }

  @Expose
  public String plain() {
    return Show.config();
  }

  @Expose
  public String urls(Map<String, Object> params, String... args) {
    return Show.urls();
  }
}
