package org.jcherry.tools;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A namespace of tools, CherryPy's {@code Toolbox}: {@code tools} holds the built-in ones (see
 * {@code org.jcherry.tools.builtin.BuiltInTools}); an application may register more toolboxes with
 * their own namespace.
 */
public final class Toolbox {
  private final String namespace;
  private final Map<String, Tool> tools = new ConcurrentHashMap<>();

  /**
   * The names of the tools made when first asked for: an application loads only the tools it turns
   * on.
   */
  private final Set<String> madeOnDemand;

  private final Function<String, Tool> maker;

  public Toolbox(String namespace) {
    this(namespace, List.of(), name -> null);
  }

  /**
   * A toolbox whose tools named in {@code madeOnDemand} are each made by {@code maker} the first
   * time they are asked for.
   */
  public Toolbox(String namespace, Collection<String> madeOnDemand, Function<String, Tool> maker) {
    this.namespace = namespace;
    this.madeOnDemand = Set.copyOf(madeOnDemand);
    this.maker = maker;
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
    if (t == null && madeOnDemand.contains(name)) {
      Tool made = maker.apply(name);
      if (made == null) {
        throw new IllegalStateException(namespace + "'s maker made no tool named '" + name + "'");
      }
      Tool raced = tools.putIfAbsent(name, made);
      t = raced != null ? raced : made;
    }
    return t;
  }

  /** Tool names, sorted, for messages. */
  public Iterable<String> names() {
    Set<String> all = new TreeSet<>(tools.keySet());
    all.addAll(madeOnDemand);
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
