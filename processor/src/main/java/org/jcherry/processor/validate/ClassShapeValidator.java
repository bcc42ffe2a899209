package org.jcherry.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.jcherry.processor.model.Annotations;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;

/**
 * The class must be one the generated table, living in the same package, can name and call: a
 * top-level or static nested class, public all the way out, without type parameters. The error goes
 * on every {@code @Expose} method of the class, or on the class when it has none.
 */
final class ClassShapeValidator implements ClassValidator {

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    TypeElement type = model.element();
    Optional<String> problem = problem(type);
    if (problem.isEmpty()) {
      return;
    }
    List<HandlerMethodModel> own = new ArrayList<>();
    for (HandlerMethodModel h : model.handlers()) {
      if (errors.owns(h.element())) {
        own.add(h);
      }
    }
    for (HandlerMethodModel h : own) {
      errors.error(
          "@Expose method " + h.methodName() + " cannot be served: " + problem.get(),
          h.element(),
          h.expose());
    }
    // AppRootValidator reports the same problem on @AppRoot.
    if (own.isEmpty() && model.appRoot().isEmpty()) {
      errors.error(
          "JCherry cannot write a dispatch table for "
              + type.getSimpleName()
              + ": "
              + problem.get(),
          type,
          classAnnotation(type).orElse(null));
    }
  }

  /** What keeps the generated table from using the class, with the fix; empty when nothing does. */
  static Optional<String> problem(TypeElement type) {
    String name = type.getSimpleName().toString();
    ElementKind kind = type.getKind();
    if (kind == ElementKind.INTERFACE || kind == ElementKind.ANNOTATION_TYPE) {
      return Optional.of(
          name
              + " is an interface; JCherry serves classes: put @Expose on the methods of a class"
              + " that implements it");
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      boolean nested = e.getEnclosingElement() instanceof TypeElement;
      if (nested
          && e.getKind() == ElementKind.CLASS
          && !e.getModifiers().contains(Modifier.STATIC)) {
        return Optional.of(
            e.getSimpleName()
                + " is an inner class; make it a static nested class (public static class "
                + e.getSimpleName()
                + ") so the generated table can reach it");
      }
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of(
            e.getSimpleName()
                + " is not public; make it public so the generated table and"
                + " ServiceLoader can use it");
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      return Optional.of(
          name
              + " declares type parameters; a handler class cannot be generic, as JCherry writes"
              + " one table per class: remove the type parameters");
    }
    return Optional.empty();
  }

  private static Optional<AnnotationMirror> classAnnotation(TypeElement type) {
    for (String a : List.of(Annotations.CP_CONFIG, Annotations.POP_ARGS)) {
      Optional<AnnotationMirror> m = Annotations.find(type, a);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }
}
