package org.jcherry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;
import org.jcherry.processor.model.Annotations.Text;

/** Reads one {@code @Expose}d method: its names, parameter bindings and own config. */
final class HandlerMethodReader {
  private final Types types;
  private final ParameterReader parameters;

  HandlerMethodReader(Types types) {
    this.types = types;
    this.parameters = new ParameterReader(types);
  }

  HandlerMethodModel read(
      DeclaredType self,
      String classDisplayName,
      ExecutableElement method,
      AnnotationMirror expose) {
    ExecutableType type = (ExecutableType) types.asMemberOf(self, method);
    List<ConfigEntry> config =
        Annotations.find(method, Annotations.CP_CONFIG)
            .map(a -> ConfigReader.read(method, a, "value"))
            .orElse(List.of());
    return new HandlerMethodModel(
        method,
        expose,
        ClassName.get((TypeElement) method.getEnclosingElement()),
        classDisplayName + "." + method.getSimpleName(),
        names(method, expose),
        parameters.read(method.getParameters(), type.getParameterTypes(), method.isVarArgs()),
        type.getReturnType().getKind() == TypeKind.VOID,
        config);
  }

  /** The method's own name, then each alias; a name repeated (after translation) counts once. */
  private static List<RouteName> names(ExecutableElement method, AnnotationMirror expose) {
    List<RouteName> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    RouteName own = RouteName.ofMember(method.getSimpleName().toString());
    keys.add(own.key());
    out.add(own);
    for (Text alias : Annotations.texts(expose, "value")) {
      RouteName name = RouteName.ofAlias(alias.text(), alias.source());
      if (keys.add(name.key())) {
        out.add(name);
      }
    }
    return out;
  }
}
