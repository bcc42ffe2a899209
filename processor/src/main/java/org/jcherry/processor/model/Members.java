package org.jcherry.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The fields and methods a node answers with, in a stable order: the class's own members (any
 * visibility, so validation can reject the non-public ones), then the public members inherited from
 * its superclasses, nearest first, leaving out what is overridden or hidden. {@code
 * java.lang.Object} contributes nothing.
 */
public final class Members {
  private Members() {}

  public static List<Element> of(TypeElement type, Elements elements) {
    List<Element> out = new ArrayList<>();
    Set<String> fieldNames = new HashSet<>();
    List<ExecutableElement> methods = new ArrayList<>();
    for (TypeElement t = type; t != null && !isObject(t); t = superclass(t)) {
      for (Element e : t.getEnclosedElements()) {
        if (t != type && !e.getModifiers().contains(Modifier.PUBLIC)) {
          continue;
        }
        if (e.getKind() == ElementKind.FIELD && fieldNames.add(e.getSimpleName().toString())) {
          out.add(e);
        } else if (e.getKind() == ElementKind.METHOD
            && !isOverridden((ExecutableElement) e, methods, type, elements)) {
          methods.add((ExecutableElement) e);
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The direct superclass, or {@code null}. */
  public static TypeElement superclass(TypeElement type) {
    TypeMirror sup = type.getSuperclass();
    return sup.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) sup).asElement()
        : null;
  }

  private static boolean isObject(TypeElement type) {
    return type.getQualifiedName().contentEquals("java.lang.Object");
  }

  private static boolean isOverridden(
      ExecutableElement method, List<ExecutableElement> seen, TypeElement type, Elements elements) {
    for (ExecutableElement m : seen) {
      if (m.getSimpleName().equals(method.getSimpleName()) && elements.overrides(m, method, type)) {
        return true;
      }
    }
    return false;
  }
}
