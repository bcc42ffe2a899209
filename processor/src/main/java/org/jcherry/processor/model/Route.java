package org.jcherry.processor.model;

import java.util.List;

/**
 * One exposed handler as reached from an application root: the path that leads to it (names and
 * popped segments) and the handler itself. What {@code <Root>_Urls} and the OpenAPI document are
 * written from.
 */
public final class Route {

  /** A piece of the path: a fixed name, or a segment popped into a named parameter. */
  public static final class Step {
    private final String text;
    private final boolean popped;

    private Step(String text, boolean popped) {
      this.text = text;
      this.popped = popped;
    }

    static Step name(String name) {
      return new Step(name, false);
    }

    static Step popped(String parameter) {
      return new Step(parameter, true);
    }

    /** The name (a child, a handler) or, for a popped segment, the parameter it becomes. */
    public String text() {
      return text;
    }

    public boolean isPopped() {
      return popped;
    }
  }

  private final List<Step> nodePath;
  private final List<String> members;
  private final HandlerClassModel node;
  private final HandlerMethodModel handler;

  Route(
      List<Step> nodePath,
      List<String> members,
      HandlerClassModel node,
      HandlerMethodModel handler) {
    this.nodePath = List.copyOf(nodePath);
    this.members = List.copyOf(members);
    this.node = node;
    this.handler = handler;
  }

  /** The steps from the root to the handler's node (not the handler's own name). */
  public List<Step> nodePath() {
    return nodePath;
  }

  /**
   * The Java members walked from the root (fields, getters, popargs methods), then the handler's
   * method name: what a generated method is named after.
   */
  public List<String> members() {
    return members;
  }

  /** The class of the node the handler is on. */
  public HandlerClassModel node() {
    return node;
  }

  public HandlerMethodModel handler() {
    return handler;
  }

  /** The handler's own name in the URL: its Java name ({@code default} for {@code default_}). */
  public RouteName name() {
    return handler.names().get(0);
  }

  /** {@code index}: the node's own URL, with a trailing slash. */
  public boolean isIndex() {
    return name().key().equals("index");
  }

  /** {@code default}: any path below the node nothing else answers. */
  public boolean isDefault() {
    return name().key().equals("default");
  }

  /**
   * A method named after an HTTP method ({@code GET}, {@code POST}...): under CherryPy's
   * MethodDispatcher it answers the node's URL for that method.
   */
  public boolean isResourceMethod() {
    return HttpMethods.is(name().key());
  }

  /** The names popped on the way, in path order. */
  public List<String> poppedNames() {
    return nodePath.stream().filter(Step::isPopped).map(Step::text).toList();
  }

  /** The URL template relative to the application: {@code /blog/{year}/{month}/create}. */
  public String template() {
    StringBuilder sb = new StringBuilder(template(nodePath));
    if (isResourceMethod()) {
      return sb.length() == 0 ? "/" : sb.toString();
    }
    sb.append('/');
    if (!isIndex() && !isDefault()) {
      sb.append(name().written());
    }
    return sb.toString();
  }

  /** {@code /blog/{year}}: steps as a URL template, empty for none. */
  static String template(List<Step> steps) {
    StringBuilder sb = new StringBuilder();
    for (Step s : steps) {
      sb.append('/').append(s.popped ? "{" + s.text + "}" : s.text);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return template() + " -> " + handler.displayName();
  }
}
