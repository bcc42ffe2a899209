package org.jcherry.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds child nodes: public instance fields, and public no-argument instance getters ({@code
 * getX()}, {@code isX()}), whose declared type can hold a node. Exposed methods and
 * popargs/dispatch members are never children.
 */
final class ChildReader {
  private final Types types;

  ChildReader(Types types) {
    this.types = types;
  }

  List<ChildNode> read(DeclaredType self, List<Element> members) {
    List<ChildNode> out = new ArrayList<>();
    for (Element member : members) {
      if (Annotations.has(member, Annotations.POP_ARGS)
          || Annotations.has(member, Annotations.EXPOSE)
          || Annotations.has(member, Annotations.CP_DISPATCH)) {
        continue;
      }
      Optional<TypeMirror> type = valueType(self, member).filter(NodeTypes::canBeNode);
      if (type.isPresent()) {
        boolean getter = member.getKind() == ElementKind.METHOD;
        String name =
            getter
                ? property(member.getSimpleName().toString())
                : member.getSimpleName().toString();
        out.add(
            new ChildNode(
                member, getter, RouteName.ofMember(name), TypeName.get(types.erasure(type.get()))));
      }
    }
    return out;
  }

  /**
   * The type of the value a public instance field, or a public no-argument instance getter, yields;
   * empty for any other member.
   */
  Optional<TypeMirror> valueType(DeclaredType self, Element member) {
    if (!member.getModifiers().contains(Modifier.PUBLIC)
        || member.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    if (member.getKind() == ElementKind.FIELD) {
      return Optional.of(types.asMemberOf(self, member));
    }
    if (member.getKind() == ElementKind.METHOD && isGetter((ExecutableElement) member)) {
      return Optional.of(((ExecutableType) types.asMemberOf(self, member)).getReturnType());
    }
    return Optional.empty();
  }

  static boolean isGetter(ExecutableElement method) {
    return method.getParameters().isEmpty()
        && method.getTypeParameters().isEmpty()
        && property(method.getSimpleName().toString()) != null;
  }

  /**
   * {@code getBlog} gives {@code blog}, {@code getURL} gives {@code URL}; {@code null} if not a
   * getter name.
   */
  static String property(String methodName) {
    String rest;
    if (methodName.startsWith("get")) {
      rest = methodName.substring(3);
    } else if (methodName.startsWith("is")) {
      rest = methodName.substring(2);
    } else {
      return null;
    }
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
      return null;
    }
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
      return rest;
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }
}
