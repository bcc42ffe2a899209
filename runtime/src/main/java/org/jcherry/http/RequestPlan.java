package org.jcherry.http;

import java.util.Map;

/**
 * What a request reads from the config of the handler it was dispatched to, worked out once per
 * config scope by the application (its {@code HandlerPlan}) and shared by every request of that
 * handler: the request holds its plan rather than copies of its values.
 */
public interface RequestPlan {
  /** The plan of a request not yet dispatched: empty config, tracebacks shown, no error pages. */
  RequestPlan UNDISPATCHED =
      new RequestPlan() {
        @Override
        public Map<String, Object> config() {
          return Map.of();
        }

        @Override
        public boolean showTracebacks() {
          return true;
        }

        @Override
        public boolean showMismatchedParams() {
          return true;
        }

        @Override
        public ErrorPages errorPages() {
          return ErrorPages.NONE;
        }
      };

  /** The merged config in effect. */
  Map<String, Object> config();

  /** {@code request.show_tracebacks}. */
  boolean showTracebacks();

  /** {@code request.show_mismatched_params}. */
  boolean showMismatchedParams();

  /** {@code error_page.*}, validated. */
  ErrorPages errorPages();
}
