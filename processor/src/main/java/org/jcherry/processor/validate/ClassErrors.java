package org.jcherry.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The problems found while validating one handler class. A problem on an element the class declares
 * (itself, its members, their parameters) is printed; a problem on an inherited member only marks
 * the class as failed, because the superclass that declares the member reports it when it is
 * validated, and javac would otherwise print it once per subclass.
 */
public final class ClassErrors {
  private final ErrorReporter reporter;
  private final TypeElement type;
  private boolean failed;

  ClassErrors(ErrorReporter reporter, TypeElement type) {
    this.reporter = reporter;
    this.type = type;
  }

  public void error(String message, Element element) {
    error(message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    error(message, element, annotation, null);
  }

  public void error(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    failed = true;
    if (owns(element)) {
      reporter.error(message, element, annotation, value);
    }
  }

  /** Whether {@code element} is the class itself, one of its members, or a parameter of one. */
  public boolean owns(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e.equals(type)) {
        return true;
      }
      if (e instanceof TypeElement) {
        return false;
      }
    }
    return false;
  }

  /** Whether any problem was found; a failed class gets no generated file. */
  public boolean failed() {
    return failed;
  }
}
