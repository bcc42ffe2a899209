package org.jcherry.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;
import javax.lang.model.element.VariableElement;
import org.jcherry.processor.model.Annotations.Text;

/**
 * The compile-time decision for one handler parameter: where its value comes from (injected, a
 * named request parameter, the surplus path segments, the remaining parameters) and how it
 * converts.
 */
public final class ParameterBinding {

  /** Where the value comes from. */
  public enum Kind {
    /** The {@code Request} being served. */
    REQUEST,
    /** The {@code Response} being built. */
    RESPONSE,
    /** The request's {@code Session} ({@code tools.sessions} must be on). */
    SESSION,
    /** One named value, converted: {@code args.text(i)} or {@code args.get(i, conv)}. */
    VALUE,
    /** {@code Optional<X>}: {@code args.optional(i, conv)}. */
    OPTIONAL,
    /** {@code List<X>}: every value of a repeated parameter. */
    LIST,
    /** {@code X[]}: every value of a repeated parameter. */
    ARRAY,
    /**
     * A file upload: {@code args.part(i)}; as {@code Optional<Part>} ({@link #inOptional}), empty
     * when absent.
     */
    PART,
    /**
     * {@code Object}, CherryPy's untyped parameter: a {@code String} for one value, a {@code
     * List<String>} for repeated ones (a {@code Part} for an upload): {@code args.oneOrMany(i)}; as
     * {@code Optional<Object>} ({@link #inOptional}, CherryPy's {@code name=None}), empty when
     * absent.
     */
    ONE_OR_MANY,
    /** Varargs, CherryPy's {@code *args}: the path segments beyond the named parameters. */
    VARARGS,
    /** A map of the remaining parameters, CherryPy's {@code **kwargs}. */
    KEYWORDS,
    /** Nothing JCherry can bind; {@link #problem} says why. */
    UNSUPPORTED
  }

  /** The three map shapes a keywords parameter may have, and the accessor that fills each. */
  public enum KeywordShape {
    OBJECTS("keywords"),
    LISTS("keywordLists"),
    TEXTS("keywordTexts");

    private final String accessor;

    KeywordShape(String accessor) {
      this.accessor = accessor;
    }

    /** The {@code Arguments} method that returns this shape. */
    public String accessor() {
      return accessor;
    }
  }

  private final VariableElement element;
  private final String name;
  private final TypeName type;
  private final TypeName erasure;
  private final Kind kind;
  private final ScalarType scalar;
  private final KeywordShape keywordShape;
  private final Text defaultText;
  private final String problem;
  private final boolean inOptional;
  private final int index;

  private ParameterBinding(Builder b, int index) {
    this.element = b.element;
    this.name = b.element.getSimpleName().toString();
    this.type = b.type;
    this.erasure = b.erasure;
    this.kind = b.kind;
    this.scalar = b.scalar;
    this.keywordShape = b.keywordShape;
    this.defaultText = b.defaultText;
    this.problem = b.problem;
    this.inOptional = b.inOptional;
    this.index = index;
  }

  public static Builder builder(VariableElement element, TypeName type, TypeName erasure) {
    return new Builder(element, type, erasure);
  }

  /** The same binding at signature position {@code index}. */
  public ParameterBinding atIndex(int index) {
    Builder b = new Builder(element, type, erasure);
    b.kind = kind;
    b.scalar = scalar;
    b.keywordShape = keywordShape;
    b.defaultText = defaultText;
    b.problem = problem;
    b.inOptional = inOptional;
    return new ParameterBinding(b, index);
  }

  public VariableElement element() {
    return element;
  }

  /** The parameter's name in the source, which is also the request parameter's name. */
  public String name() {
    return name;
  }

  /** The declared type. */
  public TypeName type() {
    return type;
  }

  /** The erased declared type, as a javadoc link names it. */
  public TypeName erasure() {
    return erasure;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The scalar the value or each element converts to: for {@link Kind#VALUE}, {@link
   * Kind#OPTIONAL}, {@link Kind#LIST}, {@link Kind#ARRAY} and {@link Kind#VARARGS}; otherwise
   * {@code null}.
   */
  public ScalarType scalar() {
    return scalar;
  }

  /** For {@link Kind#KEYWORDS}: the map shape. */
  public KeywordShape keywordShape() {
    return keywordShape;
  }

  /** The {@code @Default} text, if the parameter has one. */
  public Optional<Text> defaultText() {
    return Optional.ofNullable(defaultText);
  }

  /** For {@link Kind#UNSUPPORTED}: what is wrong and how to fix it. */
  public String problem() {
    return problem;
  }

  /** Whether this parameter is a named entry of the handler's signature. */
  public boolean isNamed() {
    switch (kind) {
      case VALUE:
      case OPTIONAL:
      case LIST:
      case ARRAY:
      case PART:
      case ONE_OR_MANY:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a {@link Kind#PART} or {@link Kind#ONE_OR_MANY} is declared inside an {@code Optional}
   * ({@code Optional<Part>}, {@code Optional<Object>}): the generated call wraps its value.
   */
  public boolean inOptional() {
    return inOptional;
  }

  /** Whether the request may leave this parameter out although it has no default. */
  public boolean isOptional() {
    return kind == Kind.OPTIONAL || kind == Kind.LIST || kind == Kind.ARRAY || inOptional;
  }

  /** Whether the value is injected rather than read from the request's arguments. */
  public boolean isInjected() {
    return kind == Kind.REQUEST || kind == Kind.RESPONSE || kind == Kind.SESSION;
  }

  /** The position in the signature, for named parameters; {@code -1} otherwise. */
  public int index() {
    return index;
  }

  @Override
  public String toString() {
    return type + " " + name + " (" + kind + ")";
  }

  /** Collects one decision. */
  public static final class Builder {
    private final VariableElement element;
    private final TypeName type;
    private final TypeName erasure;
    private Kind kind;
    private ScalarType scalar;
    private KeywordShape keywordShape;
    private Text defaultText;
    private String problem;
    private boolean inOptional;

    private Builder(VariableElement element, TypeName type, TypeName erasure) {
      this.element = element;
      this.type = type;
      this.erasure = erasure;
    }

    public Builder kind(Kind kind) {
      this.kind = kind;
      return this;
    }

    public Builder scalar(ScalarType scalar) {
      this.scalar = scalar;
      return this;
    }

    public Builder keywords(KeywordShape shape) {
      this.kind = Kind.KEYWORDS;
      this.keywordShape = shape;
      return this;
    }

    /** Marks a {@link Kind#PART} or {@link Kind#ONE_OR_MANY} declared inside an Optional. */
    public Builder inOptional() {
      this.inOptional = true;
      return this;
    }

    public Builder defaultText(Text text) {
      this.defaultText = text;
      return this;
    }

    public Builder unsupported(String problem) {
      this.kind = Kind.UNSUPPORTED;
      this.problem = problem;
      return this;
    }

    /** The binding; {@link #index()} is set later by {@link ParameterBinding#atIndex}. */
    public ParameterBinding build() {
      if (kind == null) {
        throw new IllegalStateException("no kind for " + element);
      }
      return new ParameterBinding(this, -1);
    }
  }
}
