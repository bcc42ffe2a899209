package org.jcherry.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.jcherry.processor.model.Annotations.Text;

/**
 * Walks an application root's tree as the compiler sees it, from declared types: every exposed
 * handler with the path that reaches it. A node the compiler cannot follow (a {@code _cp_dispatch}
 * method, a type that holds no handler class, a class already on the path) is listed as {@link
 * #skipped} with the reason, not guessed.
 */
public final class RouteTree {

  /** The walk could not finish this round: some class on the tree is not complete yet. */
  public static final class NotReady extends Exception {
    NotReady(TypeElement type) {
      super(type.getQualifiedName().toString(), null, false, false);
    }
  }

  private final HandlerClassReader reader;
  private final Predicate<TypeElement> ready;
  private final List<Route> routes = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();

  private RouteTree(HandlerClassReader reader, Predicate<TypeElement> ready) {
    this.reader = reader;
    this.ready = ready;
  }

  /**
   * Walks from {@code root}; {@code ready} says whether a class's types are all known (else the
   * walk waits for a later round).
   */
  public static RouteTree walk(
      HandlerClassModel root, HandlerClassReader reader, Predicate<TypeElement> ready)
      throws NotReady {
    RouteTree tree = new RouteTree(reader, ready);
    Set<String> onPath = new HashSet<>();
    onPath.add(root.nodeType().canonicalName());
    tree.visit(root, List.of(), List.of(), onPath);
    return tree;
  }

  /** Every handler reached, in tree order (a node's handlers, then its hook, then its children). */
  public List<Route> routes() {
    return routes;
  }

  /** {@code /users/...: Users.route is a _cp_dispatch method}: what no route covers, and why. */
  public List<String> skipped() {
    return skipped;
  }

  private void visit(
      HandlerClassModel node, List<Route.Step> path, List<String> members, Set<String> onPath)
      throws NotReady {
    Optional<DispatchHook> hook = node.hook();
    List<Route.Step> here = path;
    if (hook.isPresent() && hook.get().form() == DispatchHook.Form.CLASS_POPARGS) {
      here = plus(path, popped(hook.get().names()));
    }
    for (HandlerMethodModel h : node.handlers()) {
      routes.add(new Route(here, plus(members, List.of(h.methodName())), node, h));
    }
    if (hook.isPresent()) {
      followHook(node, hook.get(), here, members, onPath);
    }
    for (ChildNode c : node.children()) {
      follow(
          node,
          c.element(),
          plus(here, List.of(Route.Step.name(c.name().written()))),
          plus(members, List.of(c.name().written())),
          onPath);
    }
  }

  private void followHook(
      HandlerClassModel node,
      DispatchHook hook,
      List<Route.Step> here,
      List<String> members,
      Set<String> onPath)
      throws NotReady {
    switch (hook.form()) {
      case NODE_POPARGS:
      case CALL_POPARGS:
        follow(
            node,
            hook.element(),
            plus(here, popped(hook.names())),
            plus(members, List.of(memberName(hook))),
            onPath);
        return;
      case CP_DISPATCH:
        skipped.add(
            Route.template(here)
                + "/...: "
                + node.displayName()
                + "."
                + hook.memberName()
                + " is a _cp_dispatch method, which picks the next node at run time");
        return;
      default:
        return;
    }
  }

  private void follow(
      HandlerClassModel owner,
      Element member,
      List<Route.Step> path,
      List<String> members,
      Set<String> onPath)
      throws NotReady {
    Optional<TypeElement> type = reader.nodeType(owner.element(), member);
    if (type.isEmpty()) {
      return;
    }
    TypeElement t = type.get();
    String name = t.getQualifiedName().toString();
    if (!reader.carriesAnnotations(t)) {
      skipped.add(
          Route.template(path)
              + "/...: "
              + member.getSimpleName()
              + " is declared as "
              + name
              + ", which exposes nothing the compiler can see");
      return;
    }
    if (!onPath.add(name)) {
      skipped.add(
          Route.template(path) + "/...: " + name + " is already on the path (a recursive tree)");
      return;
    }
    if (!ready.test(t)) {
      throw new NotReady(t);
    }
    visit(reader.read(t), path, members, onPath);
    onPath.remove(name);
  }

  /** A popargs member as a route names it: a getter by its property. */
  private static String memberName(DispatchHook hook) {
    return hook.isGetter() ? ChildReader.property(hook.memberName()) : hook.memberName();
  }

  private static List<Route.Step> popped(List<Text> names) {
    List<Route.Step> out = new ArrayList<>();
    names.forEach(n -> out.add(Route.Step.popped(n.text())));
    return out;
  }

  private static <T> List<T> plus(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
