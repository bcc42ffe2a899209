package org.jcherry.dispatch;

import java.util.List;
import java.util.Map;
import org.jcherry.config.ConfigScope;
import org.jcherry.internal.BoundHandler;

/**
 * What a dispatcher found: the handler (bound to its node) or {@code null} for none, the positional
 * arguments left for it, whether it was reached as an index, the config scope it is served under,
 * and headers every response of what it found carries (the {@link MethodDispatcher}'s {@code
 * Allow}).
 */
public record Resolution(
    BoundHandler<?> handler,
    List<String> args,
    boolean isIndex,
    ConfigScope scope,
    Map<String, String> headers) {

  /** A resolution that adds no headers. */
  public Resolution(
      BoundHandler<?> handler, List<String> args, boolean isIndex, ConfigScope scope) {
    this(handler, args, isIndex, scope, Map.of());
  }
}
