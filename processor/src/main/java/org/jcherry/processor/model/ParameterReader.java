package org.jcherry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.jcherry.processor.model.Annotations.Text;
import org.jcherry.processor.model.ParameterBinding.KeywordShape;
import org.jcherry.processor.model.ParameterBinding.Kind;

/** Decides, for each handler parameter, how the generated code binds it. */
final class ParameterReader {
  static final String SUPPORTED =
      ScalarType.SUPPORTED
          + "; Optional<T>, List<T> and T[] of those; Part (a file upload) and Optional<Part>;"
          + " Object (one value or many) and Optional<Object>; Request; Response; Session;"
          + " varargs (CherryPy's *args); and one Map<String, Object>, Map<String, List<String>>"
          + " or Map<String, String> (CherryPy's **kwargs)";

  private static final String MAPS =
      "Map<String, Object>, Map<String, List<String>> or Map<String, String>";

  private final Types types;

  ParameterReader(Types types) {
    this.types = types;
  }

  /**
   * The bindings of a method's parameters, given their types as members of the handler class; named
   * parameters are numbered in order.
   */
  List<ParameterBinding> read(
      List<? extends VariableElement> params,
      List<? extends TypeMirror> paramTypes,
      boolean varargs) {
    List<ParameterBinding> out = new ArrayList<>();
    int index = 0;
    for (int i = 0; i < params.size(); i++) {
      boolean last = i == params.size() - 1;
      ParameterBinding b = read(params.get(i), paramTypes.get(i), varargs && last);
      out.add(b.isNamed() ? b.atIndex(index++) : b);
    }
    return out;
  }

  private ParameterBinding read(VariableElement param, TypeMirror type, boolean varargs) {
    ParameterBinding.Builder b =
        ParameterBinding.builder(param, TypeName.get(type), TypeName.get(types.erasure(type)));
    Optional<AnnotationMirror> dflt = Annotations.find(param, Annotations.DEFAULT);
    dflt.ifPresent(
        m -> {
          var value = Annotations.value(m, "value");
          b.defaultText(new Text(String.valueOf(value.getValue()), value));
        });
    if (varargs) {
      return elements(b, ((ArrayType) type).getComponentType(), Kind.VARARGS).build();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return elements(b, ((ArrayType) type).getComponentType(), Kind.ARRAY).build();
    }
    Optional<ScalarType> scalar = scalar(type);
    if (scalar.isPresent()) {
      return b.kind(Kind.VALUE).scalar(scalar.get()).build();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return b.unsupported(unsupported(type)).build();
    }
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    switch (qualifiedName(type)) {
      case "org.jcherry.http.Request":
        return b.kind(Kind.REQUEST).build();
      case "org.jcherry.http.Response":
        return b.kind(Kind.RESPONSE).build();
      case "org.jcherry.session.Session":
        return b.kind(Kind.SESSION).build();
      case "org.jcherry.http.Part":
        return b.kind(Kind.PART).build();
      case "java.lang.Object":
        return b.kind(Kind.ONE_OR_MANY).build();
      case "java.util.Optional":
        if (args.isEmpty()) {
          return b.unsupported(unsupported(type)).build();
        }
        if (isNamed(args.get(0), "org.jcherry.http.Part")) {
          return b.kind(Kind.PART).inOptional().build();
        }
        if (isNamed(args.get(0), "java.lang.Object")) {
          return b.kind(Kind.ONE_OR_MANY).inOptional().build();
        }
        return elements(b, args.get(0), Kind.OPTIONAL).build();
      case "java.util.List":
        return args.isEmpty()
            ? b.unsupported(unsupported(type)).build()
            : elements(b, args.get(0), Kind.LIST).build();
      case "java.util.Map":
        return keywords(b, type, args).build();
      default:
        return b.unsupported(unsupported(type)).build();
    }
  }

  /** A container (Optional, List, array, varargs) of scalars. */
  private ParameterBinding.Builder elements(
      ParameterBinding.Builder b, TypeMirror element, Kind kind) {
    Optional<ScalarType> scalar = scalar(element);
    boolean arrayLike = kind == Kind.ARRAY || kind == Kind.VARARGS;
    String what = kind == Kind.VARARGS ? "varargs element type " : "element type ";
    if (scalar.isEmpty()) {
      return b.unsupported(
          what
              + element
              + " is not supported: "
              + (kind == Kind.VARARGS
                  ? "varargs receive the path segments beyond the named parameters (CherryPy's"
                      + " *args); declare String... or another supported type: "
                  : "use one of ")
              + ScalarType.SUPPORTED);
    }
    if (arrayLike && scalar.get().isPrimitive() && !scalar.get().hasPrimitiveStream()) {
      String box = scalar.get().describe().equals("char") ? "Character" : capitalize(element);
      return b.unsupported(
          kind == Kind.VARARGS
              ? what
                  + element
                  + " is not supported: use "
                  + box
                  + "... (of primitives, only int..., long... and double... are)"
              : what
                  + element
                  + " is not supported for arrays: use "
                  + box
                  + "[] or List<"
                  + box
                  + "> (of primitive arrays, only int[], long[] and double[] are)");
    }
    return b.kind(kind).scalar(scalar.get());
  }

  private ParameterBinding.Builder keywords(
      ParameterBinding.Builder b, TypeMirror type, List<? extends TypeMirror> args) {
    if (args.size() == 2 && isNamed(args.get(0), "java.lang.String")) {
      TypeMirror v = args.get(1);
      if (isNamed(v, "java.lang.Object")) {
        return b.keywords(KeywordShape.OBJECTS);
      }
      if (isNamed(v, "java.lang.String")) {
        return b.keywords(KeywordShape.TEXTS);
      }
      if (isNamed(v, "java.util.List")) {
        List<? extends TypeMirror> inner = ((DeclaredType) v).getTypeArguments();
        if (inner.size() == 1 && isNamed(inner.get(0), "java.lang.String")) {
          return b.keywords(KeywordShape.LISTS);
        }
      }
    }
    return b.unsupported(
        type
            + " cannot take the remaining request parameters (CherryPy's **kwargs): declare "
            + MAPS);
  }

  /** The scalar a type converts to, if it is one. */
  Optional<ScalarType> scalar(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      ScalarType.Kind kind = ScalarType.Kind.valueOf(type.getKind().name());
      return Optional.of(ScalarType.of(kind, TypeName.get(type)));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement e = (TypeElement) ((DeclaredType) type).asElement();
    if (e.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element c : e.getEnclosedElements()) {
        if (c.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(c.getSimpleName().toString());
        }
      }
      return Optional.of(ScalarType.ofEnum(ClassName.get(e), constants));
    }
    ScalarType.Kind kind = ScalarType.kindOf(e.getQualifiedName().toString());
    return kind == null ? Optional.empty() : Optional.of(ScalarType.of(kind, ClassName.get(e)));
  }

  private static String capitalize(TypeMirror primitive) {
    String name = primitive.toString();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String unsupported(TypeMirror type) {
    return "type " + type + " cannot be bound from a request. Supported: " + SUPPORTED;
  }

  private static boolean isNamed(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals(qualifiedName);
  }

  private static String qualifiedName(TypeMirror type) {
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
