package org.jcherry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcherry.HTTPError;
import org.jcherry.http.Params;
import org.jcherry.http.Request;

/**
 * CherryPy's argument matching ({@code _cpdispatch.test_callable_spec}), done before the call
 * rather than after a {@code TypeError}. The checks run in CherryPy's order, so the same request
 * gets the same status: missing parameters (404), surplus path segments (404), a parameter given
 * twice (404 when the query string is involved, else 400), unexpected keywords (404 from the query
 * string, 400 from the body).
 */
final class ArgumentBinder {
  private ArgumentBinder() {}

  static Arguments bind(Signature sig, Request request) {
    int n = sig.size();
    Object[] values = new Object[n];
    Source[] sources = new Source[n];
    int[] usage = new int[n];
    List<String> surplus = List.of();

    List<String> positional = request.args();
    for (int i = 0; i < positional.size(); i++) {
      if (i < n) {
        usage[i]++;
        values[i] = positional.get(i);
        sources[i] = Source.PATH;
      } else {
        if (surplus.isEmpty()) {
          surplus = new ArrayList<>();
        }
        surplus.add(positional.get(i));
      }
    }

    Set<String> bodyNames = request.bodyParamNames();
    Params params = request.params();
    // By the signature's names: most requests send only parameters the handler takes, and then
    // the params need no walk of their own.
    int taken = 0;
    for (int j = 0; j < n; j++) {
      Object v = params.raw(sig.name(j));
      if (v != null || params.contains(sig.name(j))) {
        taken++;
        if (usage[j]++ == 0) {
          values[j] = v;
          sources[j] =
              !bodyNames.isEmpty() && bodyNames.contains(sig.name(j)) ? Source.BODY : Source.QUERY;
        }
      }
    }
    Map<String, Object> extra = null;
    if (taken < params.size()) {
      for (Map.Entry<String, Object> e : params.asMap().entrySet()) {
        if (sig.indexOf(e.getKey()) < 0) {
          if (extra == null) {
            extra = new LinkedHashMap<>();
          }
          extra.put(e.getKey(), e.getValue());
        }
      }
    }

    boolean show = request.showMismatchedParams();
    List<String> missing = null;
    List<String> multiple = null;
    for (int i = 0; i < n; i++) {
      if (usage[i] == 0 && !sig.mayBeAbsent(i)) {
        missing = add(missing, sig.name(i));
      } else if (usage[i] > 1) {
        multiple = add(multiple, sig.name(i));
      }
    }
    if (missing != null) {
      throw new HTTPError(404, show ? "Missing parameters: " + String.join(",", missing) : null);
    }
    if (!sig.varargs() && !surplus.isEmpty()) {
      throw new HTTPError(404);
    }
    if (multiple != null) {
      boolean fromQuery = false;
      for (String name : multiple) {
        fromQuery |= !bodyNames.contains(name) && request.params().contains(name);
      }
      throw new HTTPError(
          fromQuery ? 404 : 400,
          show ? "Multiple values for parameters: " + String.join(",", multiple) : null);
    }
    if (!sig.keywords() && extra != null) {
      List<String> fromQuery = new ArrayList<>();
      List<String> fromBody = new ArrayList<>();
      for (String key : extra.keySet()) {
        (bodyNames.contains(key) ? fromBody : fromQuery).add(key);
      }
      if (!fromQuery.isEmpty()) {
        throw new HTTPError(
            404,
            show ? "Unexpected query string parameters: " + String.join(", ", fromQuery) : null);
      }
      throw new HTTPError(
          400, show ? "Unexpected body parameters: " + String.join(", ", fromBody) : null);
    }
    return new Arguments(
        sig, values, sources, surplus, extra == null ? Map.of() : extra, bodyNames, show);
  }

  private static List<String> add(List<String> list, String name) {
    List<String> l = list == null ? new ArrayList<>() : list;
    l.add(name);
    return l;
  }

  /**
   * Where a bound value came from; decides 404 (path, query) or 400 (body) when it does not fit.
   */
  enum Source {
    PATH,
    QUERY,
    BODY;

    int mismatchStatus() {
      return this == BODY ? 400 : 404;
    }
  }
}
