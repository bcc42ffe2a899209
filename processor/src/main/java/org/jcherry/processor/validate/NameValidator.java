package org.jcherry.processor.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.jcherry.processor.model.ChildNode;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;
import org.jcherry.processor.model.RouteName;

/**
 * Rules for the names a class answers: every alias can be a path segment, and no two handlers or
 * children answer the same name once punctuation is translated to {@code _}, as the dispatcher
 * compares them.
 */
final class NameValidator implements ClassValidator {

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    Map<String, Claim> claims = new HashMap<>();
    for (HandlerMethodModel h : model.handlers()) {
      for (RouteName name : h.names()) {
        Claim claim = new Claim(name, h.methodName() + "()", h.element(), h.expose());
        if (name.alias().isPresent() && !checkAlias(claim, errors)) {
          continue;
        }
        claim(claims, claim, errors);
      }
    }
    for (ChildNode c : model.children()) {
      String what = "child " + c.memberName() + (c.isGetter() ? "()" : "");
      claim(claims, new Claim(c.name(), what, c.element(), null), errors);
    }
  }

  /** Whether the alias can be a path segment at all; reports it if not. */
  private static boolean checkAlias(Claim claim, ClassErrors errors) {
    String alias = claim.name.written();
    String problem = null;
    if (alias.isBlank()) {
      problem = "is empty; remove it";
    } else if (alias.indexOf('/') >= 0) {
      problem =
          "contains '/', which a path segment never holds; answer a nested path with a child node"
              + " instead";
    } else if (alias.equals(".") || alias.equals("..")) {
      problem = "is a relative path step that URL normalisation removes; choose another name";
    } else if (alias.chars().anyMatch(Character::isISOControl)) {
      problem = "contains a control character; choose a name a URL can carry";
    }
    if (problem == null) {
      return true;
    }
    claim.report("@Expose alias \"" + alias + "\" of " + claim.what + " " + problem, errors);
    return false;
  }

  private static void claim(Map<String, Claim> claims, Claim claim, ClassErrors errors) {
    Claim first = claims.putIfAbsent(claim.name.key(), claim);
    if (first == null) {
      return;
    }
    // Report on the claim the class itself declares, so an inherited clash lands in the subclass.
    Claim blamed = errors.owns(claim.element) || !errors.owns(first.element) ? claim : first;
    Claim other = blamed == claim ? first : claim;
    String how =
        blamed.name.written().equals(other.name.written())
            ? ""
            : " (\""
                + blamed.name.written()
                + "\" and \""
                + other.name.written()
                + "\" match once punctuation becomes '_')";
    blamed.report(
        blamed.describe()
            + " answers "
            + blamed.name.path()
            + ", which "
            + other.describe()
            + " already answers"
            + how
            + "; rename one of them"
            + (blamed.name.alias().isPresent() ? " or drop the alias" : ""),
        errors);
  }

  /** One name claimed by a handler or child. */
  private static final class Claim {
    final RouteName name;
    final String what;
    final Element element;
    final AnnotationMirror annotation;

    Claim(RouteName name, String what, Element element, AnnotationMirror annotation) {
      this.name = name;
      this.what = what;
      this.element = element;
      this.annotation = annotation;
    }

    String describe() {
      return name.alias().isPresent() ? "alias \"" + name.written() + "\" of " + what : what;
    }

    void report(String message, ClassErrors errors) {
      Optional<AnnotationValue> alias = name.alias();
      errors.error(message, element, alias.isPresent() ? annotation : null, alias.orElse(null));
    }
  }
}
