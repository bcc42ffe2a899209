package org.jcherry.dispatch;

import org.jcherry.http.Request;

/**
 * Finds the handler for a request's path info and the config in effect for it. Which dispatcher
 * serves a path is config ({@code request.dispatch}), as in CherryPy; the default is the {@link
 * ObjectTreeDispatcher}.
 */
public interface Dispatcher {
  Resolution dispatch(Request request, String pathInfo, Mount mount);
}
