package org.jcherry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import org.jcherry.processor.model.Annotations.Text;
import org.jcherry.processor.model.DispatchHook;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;
import org.jcherry.processor.model.ParameterBinding;
import org.jcherry.processor.model.RouteName;

/**
 * The body of a table's {@code routes()}: one {@code Route} per handler name (aliases included)
 * with its typed parameters, and one for the popargs or {@code _cp_dispatch} hook with the class it
 * continues on, so that {@code --routes} lists what the processor saw rather than what a walk can
 * guess.
 */
final class RouteList {
  static final ClassName ROUTE = ClassName.get("org.jcherry.dispatch", "Route");

  private RouteList() {}

  /** {@code Route.list(Route.handler(...), ...)}, or {@code null} when the class has none. */
  static CodeBlock of(HandlerClassModel model) {
    List<CodeBlock> routes = new ArrayList<>();
    for (HandlerMethodModel h : model.handlers()) {
      String target = h.methodName() + "(" + parameters(h) + ")";
      for (RouteName n : h.names()) {
        routes.add(CodeBlock.of("$T.handler($S, $S)", ROUTE, n.path(), target));
      }
    }
    model.hook().ifPresent(hook -> routes.add(hookRoute(model, hook)));
    if (routes.isEmpty()) {
      return null;
    }
    return CodeBlock.builder()
        .add("return $T.list($>$>", ROUTE)
        .add(CodeBlock.join(routes.stream().map(r -> CodeBlock.of("\n$L", r)).toList(), ","))
        .add(")$<$<")
        .build();
  }

  private static CodeBlock hookRoute(HandlerClassModel model, DispatchHook hook) {
    StringBuilder path = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (Text name : hook.names()) {
      path.append("/{").append(name.text()).append('}');
      names.add(name.text());
    }
    String popped = "popargs " + String.join(", ", names);
    TypeName next;
    String target;
    switch (hook.form()) {
      case CLASS_POPARGS:
        next = model.nodeType();
        target = popped;
        break;
      case NODE_POPARGS:
        next = classOf(typeOf(hook.element()));
        target = popped + ", then " + hook.memberName();
        break;
      case CALL_POPARGS:
        next = classOf(typeOf(hook.element()));
        target = popped + ", then " + hook.memberName() + "(...)";
        break;
      default:
        next = classOf(typeOf(hook.element()));
        path.append("/{...}");
        target = "_cp_dispatch " + hook.memberName() + "(vpath)";
    }
    if (next == null) {
      return CodeBlock.of("$T.hook($S, $S, null)", ROUTE, path.toString(), target);
    }
    return CodeBlock.of("$T.hook($S, $S, $T.class)", ROUTE, path.toString(), target, next);
  }

  /** A field's type or a method's return type. */
  private static TypeMirror typeOf(Element e) {
    return e instanceof ExecutableElement ? ((ExecutableElement) e).getReturnType() : e.asType();
  }

  /** The class a route continues on, or {@code null} when only the running code can tell. */
  private static TypeName classOf(TypeMirror type) {
    TypeName t = TypeName.get(type);
    if (t instanceof ParameterizedTypeName) {
      t = ((ParameterizedTypeName) t).rawType();
    }
    return t instanceof ClassName && !t.equals(ClassName.OBJECT) ? t : null;
  }

  /** {@code int year, String month = "1", String... rest, Map<String, Object> **kw}. */
  private static String parameters(HandlerMethodModel h) {
    List<String> out = new ArrayList<>();
    for (ParameterBinding p : h.parameters()) {
      if (p.isInjected()) {
        continue;
      }
      String type = simple(p.type());
      switch (p.kind()) {
        case VARARGS:
          out.add(type.replaceFirst("\\[]$", "") + "... " + p.name());
          break;
        case KEYWORDS:
          out.add(type + " **" + p.name());
          break;
        default:
          out.add(type + " " + p.name() + p.defaultText().map(d -> " = " + d.text()).orElse(""));
      }
    }
    return String.join(", ", out);
  }

  /** {@code String} for {@code java.lang.String}, {@code List<String>} for a list of them. */
  private static String simple(TypeName t) {
    return t.toString().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
  }
}
