package org.jcherry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jcherry.common.Converters;

/**
 * A type one request value (text) converts to, and how: the converter the generated code passes to
 * {@code Arguments} and the same conversion tried at compile time on {@code @Default} texts.
 */
public final class ScalarType {

  /**
   * The supported scalar types; the primitives are named as {@link javax.lang.model.type.TypeKind}
   * names them.
   */
  public enum Kind {
    STRING,
    BOOLEAN,
    BYTE,
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    CHAR,
    BIG_DECIMAL,
    BIG_INTEGER,
    UUID,
    LOCAL_DATE,
    LOCAL_DATE_TIME,
    LOCAL_TIME,
    INSTANT,
    ENUM
  }

  /** What the supported scalar types are, for error messages. */
  public static final String SUPPORTED =
      "String, primitives and their boxes, enums, BigDecimal, BigInteger, UUID, LocalDate,"
          + " LocalDateTime, LocalTime, Instant";

  private static final ClassName CONVERTERS = ClassName.get("org.jcherry.common", "Converters");

  private final Kind kind;
  private final TypeName type;
  private final List<String> enumConstants;

  private ScalarType(Kind kind, TypeName type, List<String> enumConstants) {
    this.kind = kind;
    this.type = type;
    this.enumConstants = List.copyOf(enumConstants);
  }

  /**
   * A non-enum scalar; {@code type} is the Java type as declared ({@code int} or {@code Integer}).
   */
  public static ScalarType of(Kind kind, TypeName type) {
    if (kind == Kind.ENUM) {
      throw new IllegalArgumentException("use ofEnum");
    }
    return new ScalarType(kind, type, List.of());
  }

  public static ScalarType ofEnum(ClassName type, List<String> constants) {
    return new ScalarType(Kind.ENUM, type, constants);
  }

  public Kind kind() {
    return kind;
  }

  /** The Java type as declared. */
  public TypeName type() {
    return type;
  }

  /** For {@link Kind#ENUM}: the constants, in declaration order; otherwise empty. */
  public List<String> enumConstants() {
    return enumConstants;
  }

  public boolean isPrimitive() {
    return type.isPrimitive();
  }

  /** The reference type values have in a list: the box of a primitive. */
  public TypeName boxed() {
    return type.box();
  }

  /** The converter expression, e.g. {@code Integer::valueOf} or {@code Converters::toBoolean}. */
  public CodeBlock converter() {
    switch (kind) {
      case STRING:
        return CodeBlock.of("$T::text", CONVERTERS);
      case BOOLEAN:
        return CodeBlock.of("$T::toBoolean", CONVERTERS);
      case CHAR:
        return CodeBlock.of("$T::toChar", CONVERTERS);
      case BIG_DECIMAL:
      case BIG_INTEGER:
        return CodeBlock.of("$T::new", type);
      case UUID:
        return CodeBlock.of("$T::fromString", type);
      case LOCAL_DATE:
      case LOCAL_DATE_TIME:
      case LOCAL_TIME:
      case INSTANT:
        return CodeBlock.of("$T::parse", type);
      default:
        // Numbers and enums: Integer::valueOf, Color::valueOf.
        return CodeBlock.of("$T::valueOf", boxed());
    }
  }

  /**
   * The {@code Arguments} method that reads one value of this type without a converter ({@code
   * integer} for {@code int}), or {@code null} when the value is read with {@link #converter}.
   */
  public String accessor() {
    switch (kind) {
      case STRING:
        return "text";
      case INT:
        return "integer";
      case LONG:
        return "longValue";
      case DOUBLE:
        return "doubleValue";
      case BOOLEAN:
        return "bool";
      default:
        return null;
    }
  }

  /**
   * Whether a primitive array of this type can be built from a list of boxes with a stream ({@code
   * int[]}, {@code long[]}, {@code double[]}).
   */
  public boolean hasPrimitiveStream() {
    return kind == Kind.INT || kind == Kind.LONG || kind == Kind.DOUBLE;
  }

  /** For {@link #hasPrimitiveStream} types: {@code Int}, {@code Long} or {@code Double}. */
  public String streamSuffix() {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Why {@code text} does not convert to this type at run time, or {@code null} when it does. Uses
   * the very conversions the generated code uses.
   */
  public String problemWith(String text) {
    try {
      convert(text);
      return null;
    } catch (RuntimeException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  private Object convert(String text) {
    switch (kind) {
      case STRING:
        return text;
      case BOOLEAN:
        return Converters.toBoolean(text);
      case CHAR:
        return Converters.toChar(text);
      case BYTE:
        return Byte.valueOf(text);
      case SHORT:
        return Short.valueOf(text);
      case INT:
        return Integer.valueOf(text);
      case LONG:
        return Long.valueOf(text);
      case FLOAT:
        return Float.valueOf(text);
      case DOUBLE:
        return Double.valueOf(text);
      case BIG_DECIMAL:
        return new BigDecimal(text);
      case BIG_INTEGER:
        return new BigInteger(text);
      case UUID:
        return java.util.UUID.fromString(text);
      case LOCAL_DATE:
        return LocalDate.parse(text);
      case LOCAL_DATE_TIME:
        return LocalDateTime.parse(text);
      case LOCAL_TIME:
        return LocalTime.parse(text);
      case INSTANT:
        return Instant.parse(text);
      case ENUM:
        if (!enumConstants.contains(text)) {
          throw new IllegalArgumentException(
              "not a constant of " + describe() + " (" + String.join(", ", enumConstants) + ")");
        }
        return text;
      default:
        throw new AssertionError(kind);
    }
  }

  /** How a person names this type in a message: {@code int}, {@code Integer}, {@code Color}. */
  public String describe() {
    return type instanceof ClassName ? ((ClassName) type).simpleName() : type.toString();
  }

  /** The java.* types with a converter, by qualified name. */
  static Kind kindOf(String qualifiedName) {
    switch (qualifiedName) {
      case "java.lang.String":
        return Kind.STRING;
      case "java.lang.Boolean":
        return Kind.BOOLEAN;
      case "java.lang.Byte":
        return Kind.BYTE;
      case "java.lang.Short":
        return Kind.SHORT;
      case "java.lang.Integer":
        return Kind.INT;
      case "java.lang.Long":
        return Kind.LONG;
      case "java.lang.Float":
        return Kind.FLOAT;
      case "java.lang.Double":
        return Kind.DOUBLE;
      case "java.lang.Character":
        return Kind.CHAR;
      case "java.math.BigDecimal":
        return Kind.BIG_DECIMAL;
      case "java.math.BigInteger":
        return Kind.BIG_INTEGER;
      case "java.util.UUID":
        return Kind.UUID;
      case "java.time.LocalDate":
        return Kind.LOCAL_DATE;
      case "java.time.LocalDateTime":
        return Kind.LOCAL_DATE_TIME;
      case "java.time.LocalTime":
        return Kind.LOCAL_TIME;
      case "java.time.Instant":
        return Kind.INSTANT;
      default:
        return null;
    }
  }

  @Override
  public String toString() {
    return type.toString();
  }
}
