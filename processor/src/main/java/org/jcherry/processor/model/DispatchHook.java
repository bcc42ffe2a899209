package org.jcherry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import org.jcherry.processor.model.Annotations.Text;

/**
 * How a class takes part in dispatch beyond its names: CherryPy's {@code popargs} in one of its
 * three forms, or a {@code _cp_dispatch} method.
 */
public final class DispatchHook {

  /** The four forms. */
  public enum Form {
    /** {@code @PopArgs} on the class: pop into parameters, continue on the same node. */
    CLASS_POPARGS,
    /** {@code @PopArgs} on a field or getter: pop into parameters, continue on its value. */
    NODE_POPARGS,
    /** {@code @PopArgs} on a method: call it with the popped segments, continue on its result. */
    CALL_POPARGS,
    /** {@code @CpDispatch} on a method: {@code Object m(VirtualPath vpath)}. */
    CP_DISPATCH
  }

  private final Form form;
  private final Element element;
  private final AnnotationMirror annotation;
  private final List<Text> names;
  private final String memberName;
  private final boolean getter;
  private final List<String> callArguments;

  public DispatchHook(
      Form form,
      Element element,
      AnnotationMirror annotation,
      List<Text> names,
      boolean getter,
      List<String> callArguments) {
    this.form = form;
    this.element = element;
    this.annotation = annotation;
    this.names = List.copyOf(names);
    this.memberName = element.getSimpleName().toString();
    this.getter = getter;
    this.callArguments = List.copyOf(callArguments);
  }

  public Form form() {
    return form;
  }

  /** The annotated class, field or method. */
  public Element element() {
    return element;
  }

  /** The {@code @PopArgs} or {@code @CpDispatch} annotation. */
  public AnnotationMirror annotation() {
    return annotation;
  }

  /** The names to pop, in path order (empty for {@link Form#CP_DISPATCH}). */
  public List<Text> names() {
    return names;
  }

  /** The field or method name ({@link Form#CLASS_POPARGS}: the class's simple name). */
  public String memberName() {
    return memberName;
  }

  /** For {@link Form#NODE_POPARGS}: whether the node comes from a getter rather than a field. */
  public boolean isGetter() {
    return getter;
  }

  /**
   * For {@link Form#CALL_POPARGS}: the method's parameter names in declaration order (each is one
   * of the popped names).
   */
  public List<String> callArguments() {
    return callArguments;
  }

  @Override
  public String toString() {
    return form + " " + memberName + names;
  }
}
