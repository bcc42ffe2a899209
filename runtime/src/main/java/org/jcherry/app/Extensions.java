package org.jcherry.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.tools.Toolbox;

/**
 * What an application was extended with: its toolboxes ({@code tools} first) and custom request
 * namespaces. Both lists are replaced, never changed, so a plan can be kept per pair of them.
 */
final class Extensions {
  private volatile List<Toolbox> toolboxes;
  private volatile Map<String, RequestNamespace> requestNamespaces = Map.of();

  Extensions(Toolbox tools) {
    this.toolboxes = List.of(tools);
  }

  List<Toolbox> toolboxes() {
    return toolboxes;
  }

  /** The toolboxes with {@code toolbox} added, not yet in force: see {@link #use}. */
  List<Toolbox> with(Toolbox toolbox) {
    List<Toolbox> next = new ArrayList<>(toolboxes);
    next.add(toolbox);
    return List.copyOf(next);
  }

  void use(List<Toolbox> next) {
    toolboxes = next;
  }

  Map<String, RequestNamespace> requestNamespaces() {
    return requestNamespaces;
  }

  synchronized void register(String name, RequestNamespace handler) {
    Map<String, RequestNamespace> next = new LinkedHashMap<>(requestNamespaces);
    next.put(name, handler);
    requestNamespaces = Collections.unmodifiableMap(next);
  }
}
