package org.jcherry.tools;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A namespace of tools, CherryPy's {@code Toolbox}: {@code tools} holds the built-in ones (see
 * {@code org.jcherry.tools.builtin.BuiltInTools}); an application may register more toolboxes with
 * their own namespace.
 */
public final class Toolbox {
  private final String namespace;
  private final Map<String, Tool> tools = new ConcurrentHashMap<>();

  /** Tools made when first asked for, by name: an application loads only the tools it turns on. */
  private final Map<String, Supplier<Tool>> makers;

  public Toolbox(String namespace) {
    this(namespace, Map.of());
  }

  /**
   * A toolbox whose {@code makers} each make the tool of their name the first time it is asked for.
   */
  public Toolbox(String namespace, Map<String, Supplier<Tool>> makers) {
    this.namespace = namespace;
    this.makers = Map.copyOf(makers);
  }

  public String namespace() {
    return namespace;
  }

  public Toolbox register(Tool tool) {
    tools.put(tool.name(), tool);
    return this;
  }

  /** The tool registered as {@code name}, else the one its maker makes, or {@code null}. */
  public Tool get(String name) {
    Tool t = tools.get(name);
    if (t == null) {
      Supplier<Tool> maker = makers.get(name);
      if (maker != null) {
        Tool made = maker.get();
        Tool raced = tools.putIfAbsent(name, made);
        t = raced != null ? raced : made;
      }
    }
    return t;
  }

  /** Tool names, sorted, for messages. */
  public Iterable<String> names() {
    Set<String> all = new TreeSet<>(tools.keySet());
    all.addAll(makers.keySet());
    return all;
  }

  /** {@link Tool#start} of every tool made so far. */
  public void start() {
    tools.values().forEach(Tool::start);
  }

  /** {@link Tool#stop} of every tool made so far. */
  public void stop() {
    tools.values().forEach(Tool::stop);
  }

  /** {@link Tool#close} of every tool made so far. */
  public void close() {
    tools.values().forEach(Tool::close);
  }
}
