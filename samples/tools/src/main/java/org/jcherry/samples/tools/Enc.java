package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /enc/...}: the encode tool with a fixed charset and with Accept-Charset negotiation. */
public class Enc {
  @Expose
  @CpConfig("tools.encode.encoding = 'iso-8859-1'")
  public String latin() {
    return "r\u00e9sum\u00e9 \u00e0 la carte";
  }

  @Expose
  public String nego() {
    return "na\u00efve caf\u00e9";
  }
}
