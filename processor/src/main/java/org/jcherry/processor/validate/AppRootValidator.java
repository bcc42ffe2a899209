package org.jcherry.processor.validate;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.jcherry.processor.model.Annotations.Text;
import org.jcherry.processor.model.AppRootModel;
import org.jcherry.processor.model.HandlerClassModel;

/**
 * Rules for {@code @AppRoot}: the generated {@code Main} must be able to instantiate the class, the
 * script name must be one CherryPy accepts, and the global config entries must parse.
 */
final class AppRootValidator implements ClassValidator {

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    if (model.appRoot().isEmpty()) {
      return;
    }
    AppRootModel root = model.appRoot().get();
    TypeElement type = model.element();
    String main = root.mainClass().simpleName();
    ClassShapeValidator.problem(type)
        .ifPresent(
            p -> errors.error("@AppRoot class cannot be run: " + p, type, root.annotation()));
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      errors.error(
          "@AppRoot class "
              + type.getSimpleName()
              + " must be a concrete class: the generated "
              + main
              + " creates an instance of it",
          type,
          root.annotation());
    } else if (root.writesMain() && !hasPublicNoArgConstructor(type)) {
      errors.error(
          "@AppRoot class "
              + type.getSimpleName()
              + " needs a public no-argument constructor: the generated "
              + main
              + " calls new "
              + type.getSimpleName()
              + "() (or set @AppRoot(main = false) when a main of your own builds it)",
          type,
          root.annotation());
    }
    Text scriptName = root.scriptName();
    String s = scriptName.text();
    if (!s.isEmpty() && (!s.startsWith("/") || s.endsWith("/"))) {
      errors.error(
          "@AppRoot scriptName \""
              + s
              + "\" must be \"\" for the site root, or start with '/'"
              + " and not end with '/', e.g. \"/app\"",
          type,
          root.annotation(),
          scriptName.source());
    }
    ConfigValidator.check(root.globalConfig(), "@AppRoot config", false, errors);
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.CONSTRUCTOR
          && e.getModifiers().contains(Modifier.PUBLIC)
          && ((ExecutableElement) e).getParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
