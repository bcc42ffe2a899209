package org.jcherry.processor.validate;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Prints compile errors on the exact element (and annotation, and annotation value, when known).
 * Reporting never stops processing: every problem of every class is reported.
 */
public final class ErrorReporter {
  private final Messager messager;

  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  /** An error on {@code element}, underlining {@code annotation} and {@code value} where given. */
  public void error(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (annotation == null) {
      messager.printMessage(Kind.ERROR, message, element);
    } else if (value == null) {
      messager.printMessage(Kind.ERROR, message, element, annotation);
    } else {
      messager.printMessage(Kind.ERROR, message, element, annotation, value);
    }
  }

  /** A warning on {@code element}: what the processor leaves out, with how to get it back. */
  public void warning(String message, Element element) {
    messager.printMessage(Kind.WARNING, message, element);
  }

  /** An error with no element, for what concerns the whole compilation. */
  public void error(String message) {
    messager.printMessage(Kind.ERROR, message);
  }

  /** The problems of one handler class. */
  public ClassErrors forClass(TypeElement type) {
    return new ClassErrors(this, type);
  }
}
