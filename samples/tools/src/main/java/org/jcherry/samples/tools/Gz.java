package org.jcherry.samples.tools;

import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /gz/...}: gzip on for text, HTML and (not compressed) JSON. */
@CpConfig("tools.gzip.on = True")
public class Gz {
  @Expose
  public String text() {
    return ToolsApp.LONG_TEXT;
  }

  @Expose
  public String html() {
    Cherry.response().headers().put("Content-Type", "text/html");
    return "<html><body><pre>" + ToolsApp.LONG_TEXT + "</pre></body></html>";
  }

  @Expose
  @CpConfig("tools.json_out.on = True")
  public Object data() {
    return Map.of("lines", 80, "text", ToolsApp.LONG_TEXT.substring(0, 200));
  }
}
