package org.jcherry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** Everything the processor knows about one handler class, as the writers print it. */
public final class HandlerClassModel {
  private final TypeElement element;
  private final ClassName nodeType;
  private final ClassName tableType;
  private final boolean generatesTable;
  private final List<HandlerMethodModel> handlers;
  private final List<ChildNode> children;
  private final List<DispatchHook> hooks;
  private final List<ConfigEntry> config;
  private final AppRootModel appRoot;
  private final List<String> suppressedWarnings;

  private HandlerClassModel(Builder b) {
    this.element = b.element;
    this.nodeType = b.nodeType;
    this.tableType = b.tableType;
    this.generatesTable = b.generatesTable;
    this.handlers = List.copyOf(b.handlers);
    this.children = List.copyOf(b.children);
    this.hooks = List.copyOf(b.hooks);
    this.config = List.copyOf(b.config);
    this.appRoot = b.appRoot;
    this.suppressedWarnings = List.copyOf(b.suppressedWarnings);
  }

  public static Builder builder(TypeElement element, ClassName nodeType, ClassName tableType) {
    return new Builder(element, nodeType, tableType);
  }

  /** The handler class; the only originating element of every file written for it. */
  public TypeElement element() {
    return element;
  }

  /** The handler class's name. */
  public ClassName nodeType() {
    return nodeType;
  }

  /** The table to write: {@code Root_Dispatch}, {@code Outer_Inner_Dispatch}. */
  public ClassName tableType() {
    return tableType;
  }

  /** {@code Root}, {@code Outer.Inner}: the class as messages name it. */
  public String displayName() {
    return String.join(".", nodeType.simpleNames());
  }

  /** False for an abstract class: no instance can be a node, its subclasses get tables. */
  public boolean generatesTable() {
    return generatesTable;
  }

  /** The exposed methods, the class's own first, then inherited ones. */
  public List<HandlerMethodModel> handlers() {
    return handlers;
  }

  public List<ChildNode> children() {
    return children;
  }

  /**
   * Every popargs or dispatch method found; more than one is an error, so a valid class has at most
   * one.
   */
  public List<DispatchHook> hooks() {
    return hooks;
  }

  /** The hook of a valid class, if it has one. */
  public Optional<DispatchHook> hook() {
    return hooks.stream().findFirst();
  }

  /** The class's {@code @CpConfig} entries (its own, or those of the nearest superclass). */
  public List<ConfigEntry> config() {
    return config;
  }

  public Optional<AppRootModel> appRoot() {
    return Optional.ofNullable(appRoot);
  }

  /**
   * Warnings the generated code must suppress because it calls what the user deprecated: {@code
   * deprecation}, {@code removal}; usually none.
   */
  public List<String> suppressedWarnings() {
    return suppressedWarnings;
  }

  @Override
  public String toString() {
    return nodeType.canonicalName();
  }

  /** Collects the parts of a model. */
  public static final class Builder {
    private final TypeElement element;
    private final ClassName nodeType;
    private final ClassName tableType;
    private boolean generatesTable = true;
    private List<HandlerMethodModel> handlers = List.of();
    private List<ChildNode> children = List.of();
    private List<DispatchHook> hooks = List.of();
    private List<ConfigEntry> config = List.of();
    private AppRootModel appRoot;
    private List<String> suppressedWarnings = List.of();

    private Builder(TypeElement element, ClassName nodeType, ClassName tableType) {
      this.element = element;
      this.nodeType = nodeType;
      this.tableType = tableType;
    }

    public Builder generatesTable(boolean generatesTable) {
      this.generatesTable = generatesTable;
      return this;
    }

    public Builder handlers(List<HandlerMethodModel> handlers) {
      this.handlers = handlers;
      return this;
    }

    public Builder children(List<ChildNode> children) {
      this.children = children;
      return this;
    }

    public Builder hooks(List<DispatchHook> hooks) {
      this.hooks = hooks;
      return this;
    }

    public Builder config(List<ConfigEntry> config) {
      this.config = config;
      return this;
    }

    public Builder appRoot(AppRootModel appRoot) {
      this.appRoot = appRoot;
      return this;
    }

    public Builder suppressedWarnings(List<String> suppressedWarnings) {
      this.suppressedWarnings = suppressedWarnings;
      return this;
    }

    public HandlerClassModel build() {
      return new HandlerClassModel(this);
    }
  }
}
