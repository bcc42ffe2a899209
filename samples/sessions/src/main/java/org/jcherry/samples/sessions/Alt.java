package org.jcherry.samples.sessions;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/**
 * {@code /alt/...}: a session of its own, under the cookie {@code alt_sid} with path {@code /alt}.
 */
@CpConfig({"tools.sessions.name = 'alt_sid'", "tools.sessions.path = '/alt'"})
public class Alt {
  @Expose
  public String count() {
    return "alt " + Root.bump();
  }
}
