package org.jcherry.tools;

import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * What a hook does. It may raise {@code HTTPError}, {@code HTTPRedirect} or {@code
 * InternalRedirect}.
 */
@FunctionalInterface
public interface HookCallback {
  void run(Request request, Response response) throws Exception;
}
