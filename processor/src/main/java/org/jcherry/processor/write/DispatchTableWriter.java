package org.jcherry.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.jcherry.processor.model.ChildNode;
import org.jcherry.processor.model.ConfigEntry;
import org.jcherry.processor.model.DispatchHook;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;
import org.jcherry.processor.model.ParameterBinding;
import org.jcherry.processor.model.RouteName;

/**
 * Writes {@code <Class>_Dispatch}: one {@code HandlerRow} per exposed method (its name, the names
 * it answers, config and parameters), one {@code switch} that calls the method of a row, and a
 * {@code switch} from names to children, so the table reads like the URL space it serves. A row is
 * one line of data, not a lambda: a table of many handlers costs the compiler and the JVM little
 * per handler, and the runtime finds a handler by name from the rows.
 */
public final class DispatchTableWriter {
  static final String DISPATCH = "org.jcherry.dispatch";

  /** The support code generated tables call: not user API. */
  static final String INTERNAL = "org.jcherry.internal";

  private static final ClassName DISPATCH_TABLE = ClassName.get(DISPATCH, "DispatchTable");
  private static final ClassName VIRTUAL_PATH = ClassName.get(DISPATCH, "VirtualPath");
  private static final ClassName PAGE_HANDLER = ClassName.get(INTERNAL, "PageHandler");
  private static final ClassName PAGE_HANDLERS = ClassName.get(INTERNAL, "PageHandlers");
  private static final ClassName HANDLER_ROW = ClassName.get(INTERNAL, "HandlerRow");
  private static final ClassName CALLS = PAGE_HANDLERS.nestedClass("Calls");
  private static final ClassName INVOCATION = ClassName.get(INTERNAL, "Invocation");
  private static final ClassName ARGUMENTS = ClassName.get(INTERNAL, "Arguments");
  private static final ClassName PARAM_SINK = ClassName.get(INTERNAL, "ParamSink");
  private static final TypeName CONFIG_MAP =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

  /** The table's {@code PageHandlers}, made from its rows. */
  private static final String HANDLERS = "handlers";

  private final GeneratedFiles files;

  public DispatchTableWriter(GeneratedFiles files) {
    this.files = files;
  }

  public void write(HandlerClassModel model) throws IOException {
    files.write(model.tableType(), spec(model));
  }

  TypeSpec spec(HandlerClassModel model) {
    ClassName node = model.nodeType();
    TypeSpec.Builder type =
        files
            .classBuilder(model.tableType(), model.element())
            .addSuperinterface(ParameterizedTypeName.get(DISPATCH_TABLE, node))
            .addJavadoc(TableJavadoc.of(model));
    if (!model.handlers().isEmpty()) {
      // The table is its rows' call back itself: no lambda class per table at start-up.
      type.addSuperinterface(ParameterizedTypeName.get(CALLS, node));
    }
    if (!model.suppressedWarnings().isEmpty()) {
      AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
      model.suppressedWarnings().forEach(w -> suppress.addMember("value", "$S", w));
      type.addAnnotation(suppress.build());
    }
    if (!model.config().isEmpty()) {
      type.addField(configField("CONFIG", model.config()));
    }
    ConstantNames constants = ConstantNames.of(model.handlers());
    for (HandlerMethodModel h : model.handlers()) {
      if (!h.config().isEmpty()) {
        type.addField(configField(constants.config(h), h.config()));
      }
    }
    if (!model.handlers().isEmpty()) {
      type.addField(handlersField(model, constants));
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the table; {@link java.util.ServiceLoader} calls it.\n")
            .build());
    type.addMethod(
        override("nodeType", ParameterizedTypeName.get(ClassName.get(Class.class), node))
            .addStatement("return $T.class", node)
            .build());
    if (!model.handlers().isEmpty()) {
      type.addMethod(callMethod(model));
    }
    type.addMethod(handlerMethod(model));
    type.addMethod(childMethod(model));
    if (!model.handlers().isEmpty()) {
      type.addMethod(
          override("handlerNames", ParameterizedTypeName.get(List.class, String.class))
              .addStatement("return $N.names()", HANDLERS)
              .build());
    }
    if (!model.children().isEmpty()) {
      List<RouteName> names = new ArrayList<>();
      model.children().forEach(c -> names.add(c.name()));
      type.addMethod(namesMethod("childNames", names));
    }
    if (!model.config().isEmpty()) {
      type.addMethod(override("config", CONFIG_MAP).addStatement("return CONFIG").build());
    }
    model.hook().ifPresent(hook -> addDispatch(type, model, hook));
    CodeBlock routes = RouteList.of(model);
    if (routes != null) {
      type.addMethod(
          override("routes", ParameterizedTypeName.get(ClassName.get(List.class), RouteList.ROUTE))
              .addStatement(routes)
              .build());
    }
    return type.build();
  }

  private static FieldSpec configField(String name, List<ConfigEntry> entries) {
    return FieldSpec.builder(CONFIG_MAP, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(ConfigLiterals.map(entries))
        .build();
  }

  /**
   * {@code new PageHandlers<Node>(this, HandlerRow.of(...), ...)}: one row a line, numbered by
   * position for {@link #callMethod}'s switch, each after a comment with its number and URLs. The
   * type argument is written out, as inferring it would cost javac a look at every row.
   */
  private static FieldSpec handlersField(HandlerClassModel model, ConstantNames constants) {
    CodeBlock.Builder init =
        CodeBlock.builder().add("new $T<$T>($>$>\nthis", PAGE_HANDLERS, model.nodeType());
    int id = 0;
    for (HandlerMethodModel h : model.handlers()) {
      // The row's number and URLs, so that a reader matches it to its case in call() at a glance.
      init.add(",\n// $L: $L\n$L", id++, paths(h.names()), row(h, constants));
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(PAGE_HANDLERS, model.nodeType()),
            HANDLERS,
            Modifier.PRIVATE,
            Modifier.FINAL)
        .addJavadoc("The handlers, one row per exposed method; a row's number is its position.\n")
        .initializer(init.add("$<$<)").build())
        .build();
  }

  /**
   * {@code HandlerRow.of("Class.method", "name", "alias").required("id").withDefault("tag", "x")}:
   * the handler as data, its parameters in declaration order, then its config constant and {@code
   * nonBlocking()} for a {@code @NonBlocking} method.
   */
  private static CodeBlock row(HandlerMethodModel h, ConstantNames constants) {
    List<CodeBlock> keys = new ArrayList<>();
    keys.add(CodeBlock.of("$S", h.displayName()));
    h.names().forEach(n -> keys.add(CodeBlock.of("$S", n.key())));
    List<CodeBlock> calls = new ArrayList<>();
    boolean varargs = false;
    boolean keywords = false;
    for (ParameterBinding p : h.parameters()) {
      varargs |= p.kind() == ParameterBinding.Kind.VARARGS;
      keywords |= p.kind() == ParameterBinding.Kind.KEYWORDS;
      if (!p.isNamed()) {
        continue;
      }
      if (p.defaultText().isPresent()) {
        calls.add(CodeBlock.of(".withDefault($S, $S)", p.name(), p.defaultText().get().text()));
      } else {
        calls.add(CodeBlock.of(p.isOptional() ? ".optional($S)" : ".required($S)", p.name()));
      }
    }
    if (varargs) {
      calls.add(CodeBlock.of(".varargs()"));
    }
    if (keywords) {
      calls.add(CodeBlock.of(".keywords()"));
    }
    if (!h.config().isEmpty()) {
      calls.add(CodeBlock.of(".config($N)", constants.config(h)));
    }
    if (h.nonBlocking().isPresent()) {
      calls.add(CodeBlock.of(".nonBlocking()"));
    }
    CodeBlock start = CodeBlock.of("$T.of($L)", HANDLER_ROW, CodeBlock.join(keys, ", "));
    return Chains.indented(start, calls);
  }

  /**
   * {@code call(id, node, call, args)}: one {@code case} per row, the direct call of its method
   * with each argument read from the bound {@code args}.
   */
  private static MethodSpec callMethod(HandlerClassModel model) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (id)");
    for (int id = 0; id < model.handlers().size(); id++) {
      HandlerMethodModel h = model.handlers().get(id);
      CodeBlock call = CodeBlock.of("node.$N($L)", h.methodName(), arguments(h.parameters()));
      CodeBlock statement =
          h.returnsVoid()
              ? CodeBlock.of("$L; return null;", call)
              : CodeBlock.of("return $L;", call);
      if (h.parameters().size() <= 2) {
        body.add("case $L: $L // $L\n", id, statement, paths(h.names()));
      } else {
        // A call of many arguments, one a line: the path first, where it is seen.
        body.add("case $L: // $L\n$>$L\n$<", id, paths(h.names()), statement);
      }
    }
    body.add("default:\n")
        .indent()
        .addStatement("throw new $T($S + id)", IllegalArgumentException.class, "no handler ")
        .unindent()
        .endControlFlow();
    return override("call", ClassName.OBJECT)
        .addJavadoc(
            "Calls the method of row {@code id} on {@code node} with its bound arguments.\n")
        .addParameter(TypeName.INT, "id")
        .addParameter(model.nodeType(), "node")
        .addParameter(INVOCATION, "call")
        .addParameter(ARGUMENTS, "args")
        .addException(Exception.class)
        .addCode(body.build())
        .build();
  }

  /** The call's arguments; more than two go one a line. */
  private static CodeBlock arguments(List<ParameterBinding> params) {
    List<CodeBlock> args = new ArrayList<>();
    params.forEach(p -> args.add(ArgumentExpressions.of(p)));
    if (args.size() <= 2) {
      return CodeBlock.join(args, ", ");
    }
    return CodeBlock.of("$>$>\n$L$<$<", CodeBlock.join(args, ",\n"));
  }

  /** {@code handler(name)}: looked up among the rows, which carry the names they answer. */
  private static MethodSpec handlerMethod(HandlerClassModel model) {
    MethodSpec.Builder method =
        override("handler", ParameterizedTypeName.get(PAGE_HANDLER, model.nodeType()))
            .addParameter(String.class, "name");
    return model.handlers().isEmpty()
        ? method.addStatement("return null").build()
        : method.addStatement("return $N.handler(name)", HANDLERS).build();
  }

  private static MethodSpec childMethod(HandlerClassModel model) {
    MethodSpec.Builder method =
        override("child", ClassName.OBJECT)
            .addParameter(model.nodeType(), "node")
            .addParameter(String.class, "name");
    if (model.children().isEmpty()) {
      return method.addStatement("return null").build();
    }
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (name)");
    for (ChildNode c : model.children()) {
      body.add(
          "$L return $L; // $L/...\n",
          caseLabels(List.of(c.name())),
          member(c.memberName(), c.isGetter()),
          c.name().path());
    }
    body.add("default: return null;\n").endControlFlow();
    return method.addCode(body.build()).build();
  }

  /**
   * A list of the names {@code child} answers, for walking the tree at mount time; through {@code
   * PageHandlers.names}, which javac resolves without inference.
   */
  private static MethodSpec namesMethod(String method, List<RouteName> names) {
    List<CodeBlock> keys = new ArrayList<>();
    names.forEach(n -> keys.add(CodeBlock.of("$S", n.key())));
    return override(method, ParameterizedTypeName.get(List.class, String.class))
        .addStatement("return $T.names($L)", PAGE_HANDLERS, CodeBlock.join(keys, ", "))
        .build();
  }

  private static void addDispatch(
      TypeSpec.Builder type, HandlerClassModel model, DispatchHook hook) {
    type.addMethod(override("dispatches", TypeName.BOOLEAN).addStatement("return true").build());
    type.addMethod(
        override("dispatch", ClassName.OBJECT)
            .addParameter(model.nodeType(), "node")
            .addParameter(VIRTUAL_PATH, "vpath")
            .addParameter(PARAM_SINK, "params")
            .addCode(dispatchBody(hook))
            .build());
  }

  private static CodeBlock dispatchBody(DispatchHook hook) {
    CodeBlock.Builder body = CodeBlock.builder();
    switch (hook.form()) {
      case CLASS_POPARGS:
        popIntoParams(hook, body);
        return body.addStatement("return vpath.isEmpty() ? node : attribute(node, vpath.pop())")
            .build();
      case NODE_POPARGS:
        popIntoParams(hook, body);
        return body.addStatement("return $L", member(hook.memberName(), hook.isGetter())).build();
      case CALL_POPARGS:
        List<CodeBlock> args = new ArrayList<>();
        for (var name : hook.names()) {
          body.addStatement("$T $N = vpath.pop()", String.class, local(name.text()));
        }
        hook.callArguments().forEach(a -> args.add(CodeBlock.of("$N", local(a))));
        return body.addStatement(
                "return node.$N($L)", hook.memberName(), CodeBlock.join(args, ", "))
            .build();
      case CP_DISPATCH:
        return body.addStatement("return node.$N(vpath)", hook.memberName()).build();
      default:
        throw new AssertionError(hook.form());
    }
  }

  private static void popIntoParams(DispatchHook hook, CodeBlock.Builder body) {
    for (var name : hook.names()) {
      body.beginControlFlow("if (!vpath.isEmpty())")
          .addStatement("params.put($S, vpath.pop())", name.text())
          .endControlFlow();
    }
  }

  /** A local variable for a popped name that cannot shadow {@code dispatch}'s own parameters. */
  private static String local(String name) {
    return List.of("node", "vpath", "params").contains(name) ? name + "_" : name;
  }

  private static CodeBlock member(String name, boolean getter) {
    return getter ? CodeBlock.of("node.$N()", name) : CodeBlock.of("node.$N", name);
  }

  private static CodeBlock caseLabels(List<RouteName> names) {
    List<CodeBlock> labels = new ArrayList<>();
    names.forEach(n -> labels.add(CodeBlock.of("case $S:", n.key())));
    return CodeBlock.join(labels, " ");
  }

  private static String paths(List<RouteName> names) {
    List<String> paths = new ArrayList<>();
    names.forEach(n -> paths.add(n.path()));
    return String.join(", ", paths);
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
