package org.jcherry.processor.validate;

import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import org.jcherry.processor.model.Annotations;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;

/**
 * Rules for {@code @Expose}: handlers are public, non-static, concrete, non-generic methods; a
 * public {@code default_} must be exposed; {@code @CpConfig} and {@code @Default} only mean
 * something on an exposed method.
 */
final class ExposeValidator implements ClassValidator {

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    for (HandlerMethodModel h : model.handlers()) {
      checkModifiers(h, model, errors);
    }
    for (Element e : model.element().getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && !Annotations.has(e, Annotations.EXPOSE)) {
        checkUnexposed((ExecutableElement) e, errors);
      }
    }
  }

  private static void checkModifiers(
      HandlerMethodModel h, HandlerClassModel model, ClassErrors errors) {
    ExecutableElement m = h.element();
    Set<Modifier> modifiers = m.getModifiers();
    String name = "@Expose method " + h.methodName();
    if (!modifiers.contains(Modifier.PUBLIC)) {
      errors.error(
          name
              + " must be public: the generated "
              + model.tableType().simpleName()
              + " calls it directly; make it public",
          m,
          h.expose());
    }
    if (modifiers.contains(Modifier.STATIC)) {
      errors.error(
          name
              + " must not be static: a handler is called on its node, as a CherryPy method is"
              + " on self; remove static",
          m,
          h.expose());
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      errors.error(
          name + " is abstract; put @Expose on the method that implements it", m, h.expose());
    }
    if (!m.getTypeParameters().isEmpty()) {
      errors.error(
          name
              + " declares type parameters; a handler cannot be generic: give its parameters"
              + " concrete types",
          m,
          h.expose());
    }
  }

  private static void checkUnexposed(ExecutableElement m, ClassErrors errors) {
    String name = m.getSimpleName().toString();
    if (name.equals("default_") && m.getModifiers().contains(Modifier.PUBLIC)) {
      errors.error(
          "default_ is not exposed; add @Expose so it answers the paths nothing else answers"
              + " (CherryPy's default), or rename it",
          m);
    }
    Annotations.find(m, Annotations.CP_CONFIG)
        .ifPresent(
            a ->
                errors.error(
                    "@CpConfig on "
                        + name
                        + " has no effect because "
                        + name
                        + " is not @Expose'd; add @Expose, or move the entries to the class",
                    m,
                    a));
    Annotations.find(m, Annotations.NON_BLOCKING)
        .ifPresent(
            a ->
                errors.error(
                    "@NonBlocking on "
                        + name
                        + " has no effect because "
                        + name
                        + " is not @Expose'd; add @Expose, or remove @NonBlocking",
                    m,
                    a));
    for (VariableElement p : m.getParameters()) {
      Annotations.find(p, Annotations.DEFAULT)
          .ifPresent(
              a ->
                  errors.error(
                      "@Default on "
                          + p.getSimpleName()
                          + " has no effect because "
                          + name
                          + " is not @Expose'd; add @Expose to "
                          + name
                          + ", or remove @Default",
                      p,
                      a));
    }
  }
}
