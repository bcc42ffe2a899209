package org.jcherry.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code "key = value"} config string, split and with its value parsed as a Python literal at
 * compile time: {@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@link
 * java.util.List}, {@link java.util.Map}, or {@code null} for {@code None} (which validation
 * rejects).
 */
public final class ConfigEntry {
  private final Element element;
  private final AnnotationMirror annotation;
  private final AnnotationValue source;
  private final String written;
  private final String key;
  private final Object value;
  private final String problem;

  private ConfigEntry(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue source,
      String written,
      String key,
      Object value,
      String problem) {
    this.element = element;
    this.annotation = annotation;
    this.source = source;
    this.written = written;
    this.key = key;
    this.value = value;
    this.problem = problem;
  }

  /** An entry that split and parsed. */
  public static ConfigEntry parsed(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue source,
      String written,
      String key,
      Object value) {
    return new ConfigEntry(element, annotation, source, written, key, value, null);
  }

  /** An entry that did not split or parse; {@code problem} says why. */
  public static ConfigEntry malformed(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue source,
      String written,
      String key,
      String problem) {
    return new ConfigEntry(element, annotation, source, written, key, null, problem);
  }

  /** The annotated class or method (or the class whose config a subclass inherits). */
  public Element element() {
    return element;
  }

  /** The {@code @CpConfig} or {@code @AppRoot} annotation. */
  public AnnotationMirror annotation() {
    return annotation;
  }

  /** The string's own value in the annotation, for error positions. */
  public AnnotationValue source() {
    return source;
  }

  /** The whole string as written. */
  public String written() {
    return written;
  }

  /** The trimmed key; {@code null} when the string has no {@code =}. */
  public String key() {
    return key;
  }

  /** The parsed value. */
  public Object value() {
    return value;
  }

  /** Why the entry did not parse; {@code null} when it did. */
  public String problem() {
    return problem;
  }

  public boolean isMalformed() {
    return problem != null;
  }

  @Override
  public String toString() {
    return written;
  }
}
