package org.jcherry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import org.jcherry.common.Names;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.ParameterBinding;
import org.jcherry.processor.model.ParameterBinding.Kind;
import org.jcherry.processor.model.Route;
import org.jcherry.processor.model.RouteTree;
import org.jcherry.processor.validate.ErrorReporter;

/**
 * Writes {@code <Root>_Urls} for an {@code @AppRoot}: one static method per handler reachable from
 * the root, whose parameters are the segments popped on the way and the handler's own request
 * parameters with their Java types, returning what {@code Cherry.url(path, query)} makes of that
 * URL (script name, base and {@code relative_urls} included). Renaming, moving or retyping a
 * handler then breaks the build where a link to it is made. A handler with optional parameters also
 * gets a shorter overload with only the required ones, unless a trailing varargs is all it leaves
 * out.
 */
public final class UrlsWriter {
  private static final ClassName CHERRY = ClassName.get("org.jcherry", "Cherry");
  private static final ClassName URL_PARTS = ClassName.get("org.jcherry.internal", "UrlParts");
  private static final TypeName KEYWORDS =
      ParameterizedTypeName.get(
          ClassName.get(Map.class),
          ClassName.get(String.class),
          WildcardTypeName.subtypeOf(Object.class));

  private final GeneratedFiles files;
  private final ErrorReporter reporter;

  public UrlsWriter(GeneratedFiles files, ErrorReporter reporter) {
    this.files = files;
    this.reporter = reporter;
  }

  /** The class written for {@code root}: {@code demo.Root_Urls}. */
  public static ClassName urlsClass(HandlerClassModel root) {
    return ClassName.get(
        root.nodeType().packageName(), String.join("_", root.nodeType().simpleNames()) + "_Urls");
  }

  public void write(HandlerClassModel root, RouteTree tree) throws IOException {
    ClassName name = urlsClass(root);
    TypeSpec.Builder type =
        files
            .classBuilder(name, root.element())
            .addJavadoc(classJavadoc(root, tree))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(urlMethod());
    Map<String, Route> taken = new HashMap<>();
    for (Route route : tree.routes()) {
      String method = methodName(route);
      Route other = taken.putIfAbsent(method, route);
      if (other != null) {
        reporter.warning(
            "JCherry writes no "
                + name.simpleName()
                + "."
                + method
                + " for "
                + route.template()
                + ": that name is taken by the URL method of "
                + other.template()
                + " ("
                + other.handler().displayName()
                + "); rename one of the two handlers or nodes",
            route.handler().element());
        continue;
      }
      List<UrlParameter> all = parameters(route);
      type.addMethod(method(route, method, all));
      List<UrlParameter> required = all.stream().filter(p -> p.required).toList();
      if (needsShortOverload(all, required)) {
        type.addMethod(method(route, method, required));
      }
    }
    files.write(name, type.build());
  }

  /**
   * Whether the overload with only the required parameters adds anything: not when all that it
   * leaves out is a trailing varargs, which a caller may already leave empty.
   */
  private static boolean needsShortOverload(List<UrlParameter> all, List<UrlParameter> required) {
    int left = all.size() - required.size();
    return left > 1 || left == 1 && all.get(all.size() - 1).placement != Placement.VARARGS;
  }

  private static CodeBlock classJavadoc(HandlerClassModel root, RouteTree tree) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The URLs of the handlers reachable from {@link $T}, generated from its tree: each"
                    + " method returns\n{@code Cherry.url(path, query)} for its handler, so the"
                    + " script name, base and\n{@code relative_urls} are those of the request being"
                    + " served. Popped and positional\nsegments are percent-encoded; other"
                    + " parameters go in the query string ({@code null} and empty\n{@code"
                    + " Optional} values are left out). File uploads ({@code Part}) have no place"
                    + " in a URL\nand are left out.\n",
                root.nodeType());
    if (!tree.skipped().isEmpty()) {
      doc.add("\n<p>Not covered, as the tree below them is only known at run time:\n\n<ul>\n");
      tree.skipped().forEach(s -> doc.add("  <li>{@code $L}\n", s.replace("@", "{@literal @}")));
      doc.add("</ul>\n");
    }
    return doc.build();
  }

  /**
   * {@code blogIndex} for {@code /blog/}: the names walked, in camel case; {@code default_} is
   * {@code Default} after the first, and an HTTP method's name is lower case ({@code itemsGet}).
   */
  static String methodName(Route route) {
    List<String> parts = new ArrayList<>(route.members());
    int last = parts.size() - 1;
    if (route.isResourceMethod()) {
      parts.set(last, parts.get(last).toLowerCase(Locale.ROOT));
    }
    StringBuilder sb = new StringBuilder(parts.get(0));
    for (String part : parts.subList(1, parts.size())) {
      String p = part.equals("default_") ? "default" : part;
      sb.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
    }
    return sb.toString();
  }

  /** One parameter of a URL method, and where its value goes. */
  private static final class UrlParameter {
    final ParameterBinding binding; // null for a popped name the handler does not declare
    final String requestName;
    final TypeName type;
    final Placement placement;
    final boolean required;
    String javaName;

    UrlParameter(
        ParameterBinding binding,
        String requestName,
        TypeName type,
        Placement placement,
        boolean required) {
      this.binding = binding;
      this.requestName = requestName;
      this.type = type;
      this.placement = placement;
      this.required = required;
    }
  }

  private enum Placement {
    SEGMENT,
    QUERY,
    KEYWORDS,
    VARARGS
  }

  private static List<UrlParameter> parameters(Route route) {
    List<ParameterBinding> handlerParams = route.handler().parameters();
    List<UrlParameter> out = new ArrayList<>();
    Set<String> popped = new LinkedHashSet<>(route.poppedNames());
    for (String name : route.poppedNames()) {
      Optional<ParameterBinding> declared =
          handlerParams.stream()
              .filter(p -> p.name().equals(name) && p.kind() == Kind.VALUE)
              .findFirst();
      TypeName type = declared.map(ParameterBinding::type).orElse(ClassName.get(String.class));
      out.add(new UrlParameter(declared.orElse(null), name, type, Placement.SEGMENT, true));
    }
    for (ParameterBinding p : handlerParams) {
      if (p.isInjected() || p.kind() == Kind.PART || popped.contains(p.name())) {
        continue;
      }
      switch (p.kind()) {
        case KEYWORDS:
          out.add(new UrlParameter(p, p.name(), KEYWORDS, Placement.KEYWORDS, false));
          break;
        case VARARGS:
          out.add(new UrlParameter(p, p.name(), p.type(), Placement.VARARGS, false));
          break;
        default:
          boolean required = !p.isOptional() && p.defaultText().isEmpty();
          out.add(new UrlParameter(p, p.name(), p.type(), Placement.QUERY, required));
      }
    }
    NameAllocator names = new NameAllocator();
    for (UrlParameter u : out) {
      u.javaName = names.newName(javaName(u.requestName));
    }
    return out;
  }

  /** A popped name may be any text ({@code user-id}); a parameter needs an identifier. */
  private static String javaName(String requestName) {
    String n = Names.translate(requestName);
    return SourceVersion.isName(n) ? n : "segment_" + n;
  }

  private MethodSpec method(Route route, String name, List<UrlParameter> params) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc(
                "{@code $L}: {@link $T#$L}.\n",
                route.template().replace("@", "{@literal @}"),
                route.handler().declaringClass(),
                route.handler().methodName());
    for (UrlParameter p : params) {
      if (p.placement == Placement.VARARGS) {
        m.addParameter(p.type, p.javaName).varargs(true);
      } else {
        m.addParameter(p.type, p.javaName);
      }
    }
    CodeBlock.Builder chain = CodeBlock.builder();
    StringBuilder literal = new StringBuilder();
    boolean started = false;
    int segment = 0;
    for (Route.Step step : route.nodePath()) {
      if (!step.isPopped()) {
        literal.append('/').append(step.text());
        continue;
      }
      started = flush(chain, literal, started);
      chain.add(".segment($N)", params.get(segment++).javaName);
    }
    if (!route.isResourceMethod()) {
      literal.append('/');
      if (!route.isIndex() && !route.isDefault()) {
        literal.append(route.name().written());
      }
    }
    flush(chain, literal, started);
    List<CodeBlock> calls = new ArrayList<>();
    for (UrlParameter p : params) {
      switch (p.placement) {
        case QUERY:
          calls.add(CodeBlock.of(".query($S, $N)", p.requestName, p.javaName));
          break;
        case KEYWORDS:
          calls.add(CodeBlock.of(".keywords($N)", p.javaName));
          break;
        case VARARGS:
          calls.add(CodeBlock.of(".segments($N)", p.javaName));
          break;
        default:
          break;
      }
    }
    return m.addStatement("return url($L)", Chains.of(chain.build(), calls)).build();
  }

  /**
   * {@code url(parts)}: the one call of {@code Cherry.url} every URL method ends with (here, as the
   * runtime's support code may not call the facade above it).
   */
  private static MethodSpec urlMethod() {
    return MethodSpec.methodBuilder("url")
        .addJavadoc("What {@code Cherry.url} makes of the path and query built.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(URL_PARTS, "parts")
        .addStatement("return $T.url(parts.path(), parts.query())", CHERRY)
        .build();
  }

  /** Emits the fixed text gathered so far: the start of the chain, or a {@code literal} call. */
  private static boolean flush(CodeBlock.Builder chain, StringBuilder literal, boolean started) {
    if (literal.length() > 0) {
      if (started) {
        chain.add(".literal($S)", literal.toString());
      } else {
        chain.add("$T.at($S)", URL_PARTS, literal.toString());
      }
      literal.setLength(0);
      return true;
    }
    if (!started) {
      chain.add("$T.at(\"\")", URL_PARTS);
    }
    return true;
  }
}
