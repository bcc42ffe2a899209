package org.jcherry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jcherry.processor.model.Annotations.Text;

/**
 * Reads a handler class into a {@link HandlerClassModel}. It reports nothing: validators judge the
 * model.
 */
public final class HandlerClassReader {
  private final Elements elements;
  private final Types types;
  private final HandlerMethodReader methods;
  private final ChildReader children;

  public HandlerClassReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.methods = new HandlerMethodReader(types);
    this.children = new ChildReader(types);
  }

  public HandlerClassModel read(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    List<Element> members = Members.of(type, elements);
    ClassName node = ClassName.get(type);
    String flatName = String.join("_", node.simpleNames());
    HandlerClassModel.Builder model =
        HandlerClassModel.builder(
            type, node, ClassName.get(node.packageName(), flatName + "_Dispatch"));

    List<HandlerMethodModel> handlers = new ArrayList<>();
    String display = String.join(".", node.simpleNames());
    for (Element member : members) {
      if (member.getKind() == ElementKind.METHOD) {
        Optional<AnnotationMirror> expose = Annotations.find(member, Annotations.EXPOSE);
        if (expose.isPresent()) {
          handlers.add(methods.read(self, display, (ExecutableElement) member, expose.get()));
        }
      }
    }
    List<ChildNode> childNodes = children.read(self, members);
    List<DispatchHook> hooks = DispatchHookReader.read(type, members);
    Optional<AppRootModel> appRoot =
        Annotations.find(type, Annotations.APP_ROOT)
            .map(a -> appRoot(type, a, ClassName.get(node.packageName(), flatName + "_Main")));

    return model
        .generatesTable(isInstantiableClass(type))
        .handlers(handlers)
        .children(childNodes)
        .hooks(hooks)
        .config(classConfig(type))
        .appRoot(appRoot.orElse(null))
        .suppressedWarnings(suppressions(type, handlers, childNodes, hooks))
        .build();
  }

  /**
   * Whether the class, a superclass, a member it has (declared or inherited) or a parameter of one
   * carries a JCherry annotation: such a class is a handler class.
   */
  public boolean carriesAnnotations(TypeElement type) {
    for (TypeElement t = type; t != null; t = Members.superclass(t)) {
      if (Annotations.hasAny(t)) {
        return true;
      }
    }
    for (Element member : Members.of(type, elements)) {
      if (Annotations.hasAny(member)) {
        return true;
      }
      if (member.getKind() == ElementKind.METHOD) {
        for (Element p : ((ExecutableElement) member).getParameters()) {
          if (Annotations.hasAny(p)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The classes this one leads to (declared types of its children and popargs members), for finding
   * node classes that carry no annotation of their own.
   */
  public List<TypeElement> reachedTypes(TypeElement type) {
    DeclaredType self = (DeclaredType) type.asType();
    List<TypeElement> out = new ArrayList<>();
    for (Element member : Members.of(type, elements)) {
      nodeType(self, member).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The class of the node that {@code member} of {@code owner} leads to: a child field or getter, a
   * popargs field, getter or method; empty for any other member or a type that holds no node.
   */
  public Optional<TypeElement> nodeType(TypeElement owner, Element member) {
    return nodeType((DeclaredType) owner.asType(), member);
  }

  private Optional<TypeElement> nodeType(DeclaredType self, Element member) {
    Optional<TypeMirror> value = children.valueType(self, member);
    if (value.isEmpty()
        && Annotations.has(member, Annotations.POP_ARGS)
        && member.getKind() == ElementKind.METHOD) {
      value = Optional.of(((ExecutableElement) member).getReturnType());
    }
    return value.filter(NodeTypes::canBeNode).flatMap(NodeTypes::typeElement);
  }

  private static boolean isInstantiableClass(TypeElement type) {
    ElementKind kind = type.getKind();
    return (kind == ElementKind.CLASS || kind == ElementKind.RECORD || kind == ElementKind.ENUM)
        && !type.getModifiers().contains(Modifier.ABSTRACT);
  }

  /**
   * The class's own {@code @CpConfig}, else the nearest superclass's (a Python class attribute).
   */
  private static List<ConfigEntry> classConfig(TypeElement type) {
    for (TypeElement t = type; t != null; t = Members.superclass(t)) {
      Optional<AnnotationMirror> config = Annotations.find(t, Annotations.CP_CONFIG);
      if (config.isPresent()) {
        return ConfigReader.read(t, config.get(), "value");
      }
    }
    return List.of();
  }

  private static AppRootModel appRoot(
      TypeElement type, AnnotationMirror annotation, ClassName main) {
    var scriptName = Annotations.value(annotation, "scriptName");
    return new AppRootModel(
        annotation,
        main,
        new Text(String.valueOf(scriptName.getValue()), scriptName),
        ConfigReader.read(type, annotation, "config"),
        Boolean.TRUE.equals(Annotations.value(annotation, "main").getValue()));
  }

  /**
   * {@code deprecation} and {@code removal} when the generated code uses something the user
   * deprecated (the class, a handler, a child, a parameter type), since such uses warn.
   */
  private List<String> suppressions(
      TypeElement type,
      List<HandlerMethodModel> handlers,
      List<ChildNode> childNodes,
      List<DispatchHook> hooks) {
    Set<Element> used = new LinkedHashSet<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      used.add(e);
    }
    for (HandlerMethodModel h : handlers) {
      used.add(h.element());
      for (ParameterBinding p : h.parameters()) {
        addTypes(p.element().asType(), used);
      }
    }
    childNodes.forEach(c -> used.add(c.element()));
    hooks.forEach(h -> used.add(h.element()));

    boolean deprecation = false;
    boolean removal = false;
    for (Element e : used) {
      if (elements.isDeprecated(e)) {
        Deprecated d = e.getAnnotation(Deprecated.class);
        if (d != null && d.forRemoval()) {
          removal = true;
        } else {
          deprecation = true;
        }
      }
    }
    List<String> out = new ArrayList<>();
    if (deprecation) {
      out.add("deprecation");
    }
    if (removal) {
      out.add("removal");
    }
    return out;
  }

  private void addTypes(TypeMirror type, Set<Element> out) {
    if (type.getKind() == TypeKind.ARRAY) {
      addTypes(((ArrayType) type).getComponentType(), out);
    } else if (type.getKind() == TypeKind.DECLARED) {
      out.add(types.asElement(type));
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        addTypes(arg, out);
      }
    }
  }
}
