package org.jcherry.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import org.jcherry.processor.model.Members;

/**
 * Whether every type a handler class uses is known yet. A type another processor has still to
 * generate is an error type in this round; such a class waits for the next round, as auto-common's
 * {@code BasicAnnotationProcessor} defers elements that are not well formed.
 */
final class WellFormedness {
  private WellFormedness() {}

  static boolean isWellFormed(TypeElement type) {
    for (TypeElement t = type; t != null; t = Members.superclass(t)) {
      if (!known(t.getSuperclass())) {
        return false;
      }
      for (TypeMirror i : t.getInterfaces()) {
        if (!known(i)) {
          return false;
        }
      }
      for (Element member : t.getEnclosedElements()) {
        if (!known(member)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean known(Element member) {
    if (member.getKind() == ElementKind.FIELD) {
      return known(member.asType());
    }
    if (member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.CONSTRUCTOR) {
      ExecutableElement m = (ExecutableElement) member;
      if (!known(m.getReturnType())) {
        return false;
      }
      for (VariableElement p : m.getParameters()) {
        if (!known(p.asType())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean known(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return false;
      case ARRAY:
        return known(((ArrayType) type).getComponentType());
      case DECLARED:
        for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
          if (!known(arg)) {
            return false;
          }
        }
        return true;
      case WILDCARD:
        WildcardType w = (WildcardType) type;
        return (w.getExtendsBound() == null || known(w.getExtendsBound()))
            && (w.getSuperBound() == null || known(w.getSuperBound()));
      default:
        return true;
    }
  }
}
