package org.jcherry.dispatch;

import java.util.List;
import org.jcherry.config.ConfigScope;

/**
 * What a dispatcher found: the handler (bound to its node) or {@code null} for none, the positional
 * arguments left for it, whether it was reached as an index, and the config scope it is served under.
 */
public record Resolution(BoundHandler<?> handler, List<String> args, boolean isIndex, ConfigScope scope) {}
