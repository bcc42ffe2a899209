package org.jcherry.tools;

/** The points of request processing where hooks run, in CherryPy's order. */
public enum HookPoint {
  /** After dispatch and config, before the query string is parsed. */
  ON_START_RESOURCE("on_start_resource"),
  /** Query parameters are in; the body is not read yet. */
  BEFORE_REQUEST_BODY("before_request_body"),
  /** Body parameters are in; the handler is about to run (tools may replace or clear it). */
  BEFORE_HANDLER("before_handler"),
  /**
   * After the handler, or after an HTTPError or redirect became the response; before finalising.
   */
  BEFORE_FINALIZE("before_finalize"),
  /** Always, after the response is final or an error escaped. */
  ON_END_RESOURCE("on_end_resource"),
  /** An unexpected exception happened; before the error response is made. */
  BEFORE_ERROR_RESPONSE("before_error_response"),
  /** After the error response was made. */
  AFTER_ERROR_RESPONSE("after_error_response"),
  /** After the response was written. */
  ON_END_REQUEST("on_end_request");

  private final String configName;

  HookPoint(String configName) {
    this.configName = configName;
  }

  /** The name used in config ({@code hooks.before_handler}). */
  public String configName() {
    return configName;
  }

  /** The point named {@code name} in config, or {@code null}. */
  public static HookPoint byConfigName(String name) {
    for (HookPoint p : values()) {
      if (p.configName.equals(name)) {
        return p;
      }
    }
    return null;
  }
}
