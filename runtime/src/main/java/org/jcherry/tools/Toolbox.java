package org.jcherry.tools;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A namespace of tools, CherryPy's {@code Toolbox}: {@code tools} holds the built-in ones; an
 * application may register more toolboxes with their own namespace.
 */
public final class Toolbox {
  private final String namespace;
  private final Map<String, Tool> tools = new ConcurrentHashMap<>();

  /** Whether {@link BuiltInTools} answers names nobody registered. */
  private final boolean builtIns;

  public Toolbox(String namespace) {
    this(namespace, false);
  }

  private Toolbox(String namespace, boolean builtIns) {
    this.namespace = namespace;
    this.builtIns = builtIns;
  }

  /** The default toolbox, {@code tools}: every built-in tool, each made when first asked for. */
  public static Toolbox builtIn() {
    return new Toolbox("tools", true);
  }

  public String namespace() {
    return namespace;
  }

  public Toolbox register(Tool tool) {
    tools.put(tool.name(), tool);
    return this;
  }

  /** The tool registered as {@code name}, else the built-in one of that name, or {@code null}. */
  public Tool get(String name) {
    Tool t = tools.get(name);
    if (t == null && builtIns) {
      Tool made = BuiltInTools.create(name);
      if (made != null) {
        Tool raced = tools.putIfAbsent(name, made);
        t = raced != null ? raced : made;
      }
    }
    return t;
  }

  /** Tool names, sorted, for messages. */
  public Iterable<String> names() {
    Set<String> all = new TreeSet<>(tools.keySet());
    if (builtIns) {
      all.addAll(BuiltInTools.NAMES);
    }
    return all;
  }
}
