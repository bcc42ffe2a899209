package org.jcherry.processor.model;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Which declared types can hold a node: any class or interface type outside {@code java.*} and
 * {@code javax.*} (so not String, the boxes or collections) that is not an enum, plus {@code
 * Object}. The value's runtime class picks its table, so interfaces qualify.
 */
public final class NodeTypes {
  private NodeTypes() {}

  public static boolean canBeNode(TypeMirror type) {
    return typeElement(type).filter(NodeTypes::isNodeClass).isPresent();
  }

  /** The class or interface of a declared type. */
  public static Optional<TypeElement> typeElement(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element e = ((DeclaredType) type).asElement();
    return e instanceof TypeElement ? Optional.of((TypeElement) e) : Optional.empty();
  }

  private static boolean isNodeClass(TypeElement e) {
    String name = e.getQualifiedName().toString();
    if (name.equals("java.lang.Object")) {
      return true;
    }
    ElementKind kind = e.getKind();
    boolean classOrInterface =
        kind == ElementKind.CLASS || kind == ElementKind.INTERFACE || kind == ElementKind.RECORD;
    return classOrInterface && !name.startsWith("java.") && !name.startsWith("javax.");
  }
}
