package org.jcherry.processor.validate;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import org.jcherry.processor.model.Annotations;
import org.jcherry.processor.model.Annotations.Text;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;
import org.jcherry.processor.model.ParameterBinding;

/**
 * Rules for handler parameters: every type is bindable, a {@code @Default} converts to its
 * parameter's type (tried now, with the conversion the request will use) and only stands where a
 * value can be absent, and a handler takes at most one keywords map.
 */
final class ParameterValidator implements ClassValidator {

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    for (HandlerMethodModel h : model.handlers()) {
      ParameterBinding keywords = null;
      for (ParameterBinding p : h.parameters()) {
        if (p.kind() == ParameterBinding.Kind.UNSUPPORTED) {
          errors.error(
              "parameter " + p.name() + " of " + h.methodName() + ": " + p.problem(), p.element());
          continue;
        }
        if (p.kind() == ParameterBinding.Kind.KEYWORDS) {
          if (keywords != null) {
            errors.error(
                h.methodName()
                    + " already takes the remaining parameters in "
                    + keywords.name()
                    + "; a handler takes at most one Map (CherryPy's **kwargs): remove "
                    + p.name(),
                p.element());
          }
          keywords = p;
        }
        p.defaultText().ifPresent(text -> checkDefault(h, p, text, errors));
      }
    }
  }

  private static void checkDefault(
      HandlerMethodModel h, ParameterBinding p, Text text, ClassErrors errors) {
    AnnotationMirror annotation = Annotations.find(p.element(), Annotations.DEFAULT).orElseThrow();
    Optional<String> misplaced = misplaced(p);
    if (misplaced.isPresent()) {
      errors.error(
          "@Default has no meaning on "
              + p.name()
              + " of "
              + h.methodName()
              + ": "
              + misplaced.get()
              + "; remove @Default",
          p.element(),
          annotation);
      return;
    }
    if (p.scalar() == null) {
      return;
    }
    String problem = p.scalar().problemWith(text.text());
    if (problem != null) {
      errors.error(
          "@Default(\""
              + text.text()
              + "\") does not convert to "
              + p.scalar().describe()
              + " ("
              + problem
              + "); give text a request could carry for "
              + p.name(),
          p.element(),
          annotation,
          text.source());
    }
  }

  private static Optional<String> misplaced(ParameterBinding p) {
    switch (p.kind()) {
      case REQUEST:
      case RESPONSE:
      case SESSION:
        return Optional.of("it is injected, never read from the request");
      case KEYWORDS:
        return Optional.of("it collects the parameters no other parameter takes");
      case VARARGS:
        return Optional.of(
            "it takes the surplus path segments, which are simply empty when absent");
      case PART:
        return Optional.of("a file upload has no text form");
      default:
        return Optional.empty();
    }
  }
}
