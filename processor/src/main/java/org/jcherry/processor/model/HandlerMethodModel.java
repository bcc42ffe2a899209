package org.jcherry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** One {@code @Expose}d method: the names it answers, how each parameter binds, its own config. */
public final class HandlerMethodModel {
  private final ExecutableElement element;
  private final String methodName;
  private final AnnotationMirror expose;
  private final ClassName declaringClass;
  private final String displayName;
  private final List<RouteName> names;
  private final List<ParameterBinding> parameters;
  private final boolean returnsVoid;
  private final List<ConfigEntry> config;

  public HandlerMethodModel(
      ExecutableElement element,
      AnnotationMirror expose,
      ClassName declaringClass,
      String displayName,
      List<RouteName> names,
      List<ParameterBinding> parameters,
      boolean returnsVoid,
      List<ConfigEntry> config) {
    this.element = element;
    this.methodName = element.getSimpleName().toString();
    this.expose = expose;
    this.declaringClass = declaringClass;
    this.displayName = displayName;
    this.names = List.copyOf(names);
    this.parameters = List.copyOf(parameters);
    this.returnsVoid = returnsVoid;
    this.config = List.copyOf(config);
  }

  public ExecutableElement element() {
    return element;
  }

  /** The {@code @Expose} annotation, for error positions. */
  public AnnotationMirror expose() {
    return expose;
  }

  /** The method's name in Java. */
  public String methodName() {
    return methodName;
  }

  /** The class that declares the method (a superclass, for an inherited handler). */
  public ClassName declaringClass() {
    return declaringClass;
  }

  /** {@code Root.greet}: the handler's name in logs and messages. */
  public String displayName() {
    return displayName;
  }

  /** The method's own name first, then its aliases; no two with the same key. */
  public List<RouteName> names() {
    return names;
  }

  /** Every parameter in declaration order. */
  public List<ParameterBinding> parameters() {
    return parameters;
  }

  /** The method's {@code @NonBlocking}, if it declares it never blocks. */
  public Optional<AnnotationMirror> nonBlocking() {
    return Annotations.find(element, Annotations.NON_BLOCKING);
  }

  public boolean returnsVoid() {
    return returnsVoid;
  }

  /** The method's own {@code @CpConfig} entries. */
  public List<ConfigEntry> config() {
    return config;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
