package org.jcherry.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The JCherry annotations, read through {@link AnnotationMirror}s (never through the annotation
 * classes, which the processor does not load).
 */
public final class Annotations {
  public static final String EXPOSE = "org.jcherry.Expose";
  public static final String DEFAULT = "org.jcherry.Default";
  public static final String CP_CONFIG = "org.jcherry.CpConfig";
  public static final String POP_ARGS = "org.jcherry.PopArgs";
  public static final String CP_DISPATCH = "org.jcherry.CpDispatch";
  public static final String APP_ROOT = "org.jcherry.AppRoot";
  public static final String NON_BLOCKING = "org.jcherry.NonBlocking";

  /** Every annotation the processor reads. */
  public static final List<String> ALL =
      List.of(EXPOSE, DEFAULT, CP_CONFIG, POP_ARGS, CP_DISPATCH, APP_ROOT, NON_BLOCKING);

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /** Whether {@code element} carries any JCherry annotation. */
  public static boolean hasAny(Element element) {
    for (String name : ALL) {
      if (has(element, name)) {
        return true;
      }
    }
    return false;
  }

  /** The value of member {@code name}, its default if not given. */
  public static AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member.getSimpleName().contentEquals(name)) {
        return ((ExecutableElement) member).getDefaultValue();
      }
    }
    throw new IllegalArgumentException("no member " + name + " in " + mirror.getAnnotationType());
  }

  /**
   * The items of a {@code String[]} member; each keeps its own value, so errors can point at it.
   */
  public static List<AnnotationValue> items(AnnotationMirror mirror, String name) {
    Object v = value(mirror, name).getValue();
    List<AnnotationValue> out = new ArrayList<>();
    if (v instanceof List) {
      for (Object item : (List<?>) v) {
        out.add((AnnotationValue) item);
      }
    }
    return out;
  }

  /** Each {@link #items} entry as a {@link Text}. */
  public static List<Text> texts(AnnotationMirror mirror, String name) {
    List<Text> out = new ArrayList<>();
    for (AnnotationValue item : items(mirror, name)) {
      out.add(new Text(String.valueOf(item.getValue()), item));
    }
    return out;
  }

  /** A string given in an annotation, with the value it came from (for error positions). */
  public static final class Text {
    private final String text;
    private final AnnotationValue source;

    public Text(String text, AnnotationValue source) {
      this.text = text;
      this.source = source;
    }

    public String text() {
      return text;
    }

    public AnnotationValue source() {
      return source;
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
