package org.jcherry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Optional;
import org.jcherry.processor.model.ParameterBinding;
import org.jcherry.processor.model.ScalarType;

/**
 * The expression that yields one handler argument inside a generated table's {@code call} switch.
 */
final class ArgumentExpressions {
  private static final ClassName SESSION = ClassName.get("org.jcherry.session", "Session");

  private ArgumentExpressions() {}

  static CodeBlock of(ParameterBinding p) {
    CodeBlock value = value(p);
    // Optional<Part>, Optional<Object>: empty when absent.
    return p.inOptional() ? CodeBlock.of("$T.ofNullable($L)", Optional.class, value) : value;
  }

  private static CodeBlock value(ParameterBinding p) {
    ScalarType scalar = p.scalar();
    int i = p.index();
    switch (p.kind()) {
      case REQUEST:
        return CodeBlock.of("call.request()");
      case RESPONSE:
        return CodeBlock.of("call.response()");
      case SESSION:
        return CodeBlock.of("$T.of(call.request())", SESSION);
      case VALUE:
        return scalar.accessor() != null
            ? CodeBlock.of("args.$L($L)", scalar.accessor(), i)
            : CodeBlock.of("args.get($L, $L)", i, scalar.converter());
      case OPTIONAL:
        return CodeBlock.of("args.optional($L, $L)", i, scalar.converter());
      case LIST:
        return CodeBlock.of("args.list($L, $L)", i, scalar.converter());
      case ARRAY:
        return toArray(CodeBlock.of("args.list($L, $L)", i, scalar.converter()), scalar);
      case PART:
        return CodeBlock.of("args.part($L)", i);
      case ONE_OR_MANY:
        return CodeBlock.of("args.oneOrMany($L)", i);
      case VARARGS:
        return scalar.kind() == ScalarType.Kind.STRING
            ? CodeBlock.of("args.segments()")
            : toArray(CodeBlock.of("args.rest($L)", scalar.converter()), scalar);
      case KEYWORDS:
        return CodeBlock.of("args.$L()", p.keywordShape().accessor());
      default:
        throw new IllegalArgumentException("cannot bind " + p);
    }
  }

  /** A {@code List} of boxes as an array of the declared element type. */
  private static CodeBlock toArray(CodeBlock list, ScalarType element) {
    if (element.isPrimitive()) {
      // int[]: list.stream().mapToInt(Integer::intValue).toArray()
      return CodeBlock.of(
          "$L.stream().mapTo$L($T::$LValue).toArray()",
          list,
          element.streamSuffix(),
          element.boxed(),
          element.type());
    }
    return CodeBlock.of("$L.toArray(new $T[0])", list, element.type());
  }
}
