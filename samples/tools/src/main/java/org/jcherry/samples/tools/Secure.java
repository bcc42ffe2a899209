package org.jcherry.samples.tools;

import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Expose;

/**
 * {@code /secure/}: HTTP Basic authentication. The password check is a Java value, so it is set in
 * the app config section {@code /secure} ({@link ToolsApp#config}).
 */
@CpConfig({
  "tools.auth_basic.on = True",
  "tools.auth_basic.realm = 'tools-realm'",
  "tools.auth_basic.accept_charset = 'UTF-8'"
})
public class Secure {
  @Expose
  public String index() {
    return "welcome " + Cherry.request().login();
  }
}
