package org.jcherry.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;

/**
 * A child node: a public field or no-argument getter whose value is the node below {@code /name/}.
 */
public final class ChildNode {
  private final Element element;
  private final String memberName;
  private final boolean getter;
  private final RouteName name;
  private final TypeName type;

  public ChildNode(Element element, boolean getter, RouteName name, TypeName type) {
    this.element = element;
    this.memberName = element.getSimpleName().toString();
    this.getter = getter;
    this.name = name;
    this.type = type;
  }

  /** The field or getter, for error positions. */
  public Element element() {
    return element;
  }

  /** The name the child answers: the field's name, or the getter's property name. */
  public RouteName name() {
    return name;
  }

  /** The declared type; the node's runtime class picks its table. */
  public TypeName type() {
    return type;
  }

  /** Whether the child is read from a getter rather than a field. */
  public boolean isGetter() {
    return getter;
  }

  /** The field's or getter's name in Java. */
  public String memberName() {
    return memberName;
  }

  @Override
  public String toString() {
    return name.written();
  }
}
