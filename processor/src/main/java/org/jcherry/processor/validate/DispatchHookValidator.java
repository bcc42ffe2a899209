package org.jcherry.processor.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jcherry.processor.model.Annotations;
import org.jcherry.processor.model.Annotations.Text;
import org.jcherry.processor.model.DispatchHook;
import org.jcherry.processor.model.DispatchHook.Form;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.NodeTypes;

/**
 * Rules for {@code @PopArgs} and {@code @CpDispatch}: one per class, names that mean something, and
 * members of the shape the generated {@code dispatch} can call.
 */
final class DispatchHookValidator implements ClassValidator {
  private static final String VIRTUAL_PATH = "org.jcherry.dispatch.VirtualPath";

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    List<DispatchHook> hooks = model.hooks();
    for (int i = 0; i < hooks.size(); i++) {
      DispatchHook hook = hooks.get(i);
      if (i > 0) {
        errors.error(
            model.displayName()
                + " already dispatches with "
                + describe(hooks.get(0))
                + "; a class has one popargs or _cp_dispatch (CherryPy keeps one _cp_dispatch"
                + " attribute): remove one of them",
            hook.element(),
            hook.annotation());
      }
      if (hook.form() != Form.CP_DISPATCH) {
        checkNames(hook, errors);
      }
      switch (hook.form()) {
        case NODE_POPARGS:
          checkNodeMember(hook, errors);
          break;
        case CALL_POPARGS:
          checkCallMethod(hook, errors);
          break;
        case CP_DISPATCH:
          checkDispatchMethod(hook, errors);
          break;
        default:
          break;
      }
    }
  }

  private static void checkNames(DispatchHook hook, ClassErrors errors) {
    if (hook.names().isEmpty()) {
      errors.error(
          "@PopArgs needs at least one name to pop, e.g. @PopArgs({\"year\", \"month\"})",
          hook.element(),
          hook.annotation());
    }
    Set<String> seen = new HashSet<>();
    for (Text name : hook.names()) {
      if (name.text().isEmpty()) {
        errors.error(
            "@PopArgs name is empty; give the parameter name the segment is stored under",
            hook.element(),
            hook.annotation(),
            name.source());
      } else if (!seen.add(name.text())) {
        errors.error(
            "@PopArgs pops \""
                + name.text()
                + "\" twice; each name takes one path segment, so give each a different name",
            hook.element(),
            hook.annotation(),
            name.source());
      }
    }
  }

  private static void checkNodeMember(DispatchHook hook, ClassErrors errors) {
    Element member = hook.element();
    String what = "@PopArgs " + (hook.isGetter() ? "getter " : "field ") + hook.memberName();
    checkInstanceMember(what, hook, errors);
    TypeMirror type =
        hook.isGetter() ? ((ExecutableElement) member).getReturnType() : member.asType();
    if (!NodeTypes.canBeNode(type)) {
      errors.error(
          what
              + " has type "
              + type
              + ", which cannot be a node; declare it with the type of a"
              + " handler class (its value is where dispatch continues)",
          member,
          hook.annotation());
    }
  }

  private static void checkCallMethod(DispatchHook hook, ClassErrors errors) {
    ExecutableElement method = (ExecutableElement) hook.element();
    String what = "@PopArgs method " + hook.memberName();
    checkNodeMethod(what, hook, errors);
    Set<String> names = new HashSet<>();
    hook.names().forEach(n -> names.add(n.text()));
    for (VariableElement p : method.getParameters()) {
      if (!isNamed(p.asType(), "java.lang.String")) {
        errors.error(
            what
                + " receives the popped segments as text: declare "
                + p.getSimpleName()
                + " as String",
            p);
      } else if (!names.contains(p.getSimpleName().toString())) {
        errors.error(
            "parameter "
                + p.getSimpleName()
                + " of "
                + hook.memberName()
                + " is not one of the popped names "
                + names(hook)
                + "; CherryPy passes popped segments by name: rename it or add it to @PopArgs",
            p);
      }
    }
    if (method.getParameters().size() != hook.names().size()) {
      errors.error(
          what
              + " must take one String parameter per popped name "
              + names(hook)
              + ", in any order; it takes "
              + method.getParameters().size(),
          method,
          hook.annotation());
    }
  }

  private static void checkDispatchMethod(DispatchHook hook, ClassErrors errors) {
    ExecutableElement method = (ExecutableElement) hook.element();
    String what = "@CpDispatch method " + hook.memberName();
    checkNodeMethod(what, hook, errors);
    List<? extends VariableElement> params = method.getParameters();
    if (params.size() != 1 || !isNamed(params.get(0).asType(), VIRTUAL_PATH)) {
      errors.error(
          what
              + " must take exactly one VirtualPath parameter: write public Object "
              + hook.memberName()
              + "(VirtualPath vpath)",
          method,
          hook.annotation());
    }
  }

  private static void checkInstanceMember(String what, DispatchHook hook, ClassErrors errors) {
    Set<Modifier> modifiers = hook.element().getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC)) {
      errors.error(
          what + " must be public: the generated table reads it directly; make it public",
          hook.element(),
          hook.annotation());
    }
    if (modifiers.contains(Modifier.STATIC)) {
      errors.error(
          what
              + " must not be static: dispatch continues from the node it belongs to; remove"
              + " static",
          hook.element(),
          hook.annotation());
    }
    if (hook.element().getKind() == ElementKind.METHOD
        && !((ExecutableElement) hook.element()).getTypeParameters().isEmpty()) {
      errors.error(
          what + " cannot declare type parameters; return a concrete type or Object",
          hook.element(),
          hook.annotation());
    }
  }

  /**
   * A method dispatch calls for the next node: a public instance method, not a handler, returning
   * an object.
   */
  private static void checkNodeMethod(String what, DispatchHook hook, ClassErrors errors) {
    checkInstanceMember(what, hook, errors);
    Annotations.find(hook.element(), Annotations.EXPOSE)
        .ifPresent(
            expose ->
                errors.error(
                    what
                        + " must not be @Expose'd: CherryPy only dispatches through a"
                        + " non-exposed _cp_dispatch; remove @Expose",
                    hook.element(),
                    expose));
    ExecutableElement method = (ExecutableElement) hook.element();
    if (method.getReturnType().getKind() != TypeKind.DECLARED) {
      errors.error(
          what
              + " must return the next node (Object, or a handler class); it returns "
              + method.getReturnType(),
          method,
          hook.annotation());
    }
  }

  private static String describe(DispatchHook hook) {
    switch (hook.form()) {
      case CLASS_POPARGS:
        return "@PopArgs on class " + hook.memberName();
      case CP_DISPATCH:
        return "@CpDispatch method " + hook.memberName();
      default:
        return "@PopArgs on " + hook.memberName();
    }
  }

  private static String names(DispatchHook hook) {
    return hook.names().toString();
  }

  private static boolean isNamed(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }
}
