package org.jcherry.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.jcherry.processor.model.DispatchHook.Form;

/**
 * Finds a class's popargs and dispatch methods: {@code @PopArgs} on the class or on a member,
 * {@code @CpDispatch} on a method. A class without any inherits the class-level {@code @PopArgs} of
 * its nearest superclass, as a Python class inherits {@code _cp_dispatch}.
 */
final class DispatchHookReader {
  private DispatchHookReader() {}

  static List<DispatchHook> read(TypeElement type, List<Element> members) {
    List<DispatchHook> out = new ArrayList<>();
    classPopArgs(type).ifPresent(out::add);
    for (Element member : members) {
      Annotations.find(member, Annotations.POP_ARGS).ifPresent(a -> out.add(popArgs(member, a)));
      if (member.getKind() == ElementKind.METHOD) {
        Annotations.find(member, Annotations.CP_DISPATCH)
            .ifPresent(a -> out.add(hook(Form.CP_DISPATCH, member, a, false, List.of())));
      }
    }
    if (out.isEmpty()) {
      for (TypeElement t = Members.superclass(type); t != null; t = Members.superclass(t)) {
        Optional<DispatchHook> inherited = classPopArgs(t);
        if (inherited.isPresent()) {
          out.add(inherited.get());
          break;
        }
      }
    }
    return out;
  }

  private static Optional<DispatchHook> classPopArgs(TypeElement type) {
    return Annotations.find(type, Annotations.POP_ARGS)
        .map(a -> hook(Form.CLASS_POPARGS, type, a, false, List.of()));
  }

  private static DispatchHook popArgs(Element member, AnnotationMirror annotation) {
    if (member.getKind() != ElementKind.METHOD) {
      return hook(Form.NODE_POPARGS, member, annotation, false, List.of());
    }
    ExecutableElement method = (ExecutableElement) member;
    if (ChildReader.isGetter(method)) {
      return hook(Form.NODE_POPARGS, member, annotation, true, List.of());
    }
    List<String> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      params.add(p.getSimpleName().toString());
    }
    return hook(Form.CALL_POPARGS, member, annotation, false, params);
  }

  private static DispatchHook hook(
      Form form, Element element, AnnotationMirror annotation, boolean getter, List<String> args) {
    List<Annotations.Text> names =
        form == Form.CP_DISPATCH ? List.of() : Annotations.texts(annotation, "value");
    return new DispatchHook(form, element, annotation, names, getter, args);
  }
}
