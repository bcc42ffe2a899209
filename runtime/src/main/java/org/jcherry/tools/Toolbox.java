package org.jcherry.tools;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jcherry.session.SessionAuthTool;
import org.jcherry.session.SessionsTool;

/**
 * A namespace of tools, CherryPy's {@code Toolbox}: {@code tools} holds the built-in ones; an
 * application may register more toolboxes with their own namespace.
 */
public final class Toolbox {
  private final String namespace;
  private final Map<String, Tool> tools = new ConcurrentHashMap<>();

  public Toolbox(String namespace) {
    this.namespace = namespace;
  }

  /** The default toolbox, {@code tools}, with every built-in tool. */
  public static Toolbox builtIn() {
    Toolbox box = new Toolbox("tools");
    box.register(new TrailingSlashTool());
    box.register(new EncodeTool());
    box.register(new LogTracebacksTool());
    box.register(new LogHeadersTool());
    box.register(new ResponseHeadersTool());
    box.register(new GzipTool());
    box.register(new SessionsTool());
    box.register(new SessionAuthTool());
    return box;
  }

  public String namespace() {
    return namespace;
  }

  public Toolbox register(Tool tool) {
    tools.put(tool.name(), tool);
    return this;
  }

  public Tool get(String name) {
    return tools.get(name);
  }

  /** Tool names, sorted, for messages. */
  public Iterable<String> names() {
    return new TreeMap<>(tools).keySet();
  }
}
