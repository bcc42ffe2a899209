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
 * Writes {@code <Class>_Dispatch}: one {@code PageHandler} row per exposed method (its name, config
 * and parameters), one {@code switch} that calls the method of a row, and {@code switch} statements
 * from names to handlers and children, so the table reads like the URL space it serves. A row is
 * data, not a lambda: a table of many handlers costs the compiler and the JVM little per handler.
 */
public final class DispatchTableWriter {
  static final String DISPATCH = "org.jcherry.dispatch";

  /** The support code generated tables call: not user API. */
  static final String INTERNAL = "org.jcherry.internal";

  private static final ClassName DISPATCH_TABLE = ClassName.get(DISPATCH, "DispatchTable");
  private static final ClassName VIRTUAL_PATH = ClassName.get(DISPATCH, "VirtualPath");
  private static final ClassName PAGE_HANDLER = ClassName.get(INTERNAL, "PageHandler");
  private static final ClassName PAGE_HANDLERS = ClassName.get(INTERNAL, "PageHandlers");
  private static final ClassName PARAM = ClassName.get(INTERNAL, "Param");
  private static final ClassName INVOCATION = ClassName.get(INTERNAL, "Invocation");
  private static final ClassName ARGUMENTS = ClassName.get(INTERNAL, "Arguments");
  private static final ClassName PARAM_SINK = ClassName.get(INTERNAL, "ParamSink");
  private static final TypeName CONFIG_MAP =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

  /** The table's {@code PageHandlers}; {@link ConstantNames} keeps handler constants off it. */
  static final String HANDLERS = "HANDLERS";

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
      type.addField(handlersField(model));
      for (int id = 0; id < model.handlers().size(); id++) {
        type.addField(rowField(model, id, constants));
      }
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
    type.addMethod(handlerMethod(model, constants));
    type.addMethod(childMethod(model));
    if (!model.handlers().isEmpty()) {
      List<RouteName> first = new ArrayList<>();
      model.handlers().forEach(h -> first.add(h.names().get(0)));
      type.addMethod(namesMethod("handlerNames", first));
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

  /** The rows' factory, which calls back through {@link #callMethod}'s switch. */
  private static FieldSpec handlersField(HandlerClassModel model) {
    return FieldSpec.builder(
            ParameterizedTypeName.get(PAGE_HANDLERS, model.nodeType()),
            HANDLERS,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("new $T<>($T::call)", PAGE_HANDLERS, model.tableType())
        .build();
  }

  /**
   * {@code HANDLERS.row(id, "Class.method", config, params...)}: the handler as data; {@code
   * nonBlockingRow} for a {@code @NonBlocking} method. A method without config gets the constant
   * {@code NO_CONFIG}: a {@code Map.of()} in every row was a third of javac's time on the table.
   */
  private static FieldSpec rowField(HandlerClassModel model, int id, ConstantNames constants) {
    HandlerMethodModel h = model.handlers().get(id);
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$L", id));
    args.add(CodeBlock.of("$S", h.displayName()));
    args.add(
        h.config().isEmpty()
            ? CodeBlock.of("$T.NO_CONFIG", PAGE_HANDLERS)
            : CodeBlock.of("$N", constants.config(h)));
    List<CodeBlock> params = new ArrayList<>();
    boolean varargs = false;
    boolean keywords = false;
    for (ParameterBinding p : h.parameters()) {
      varargs |= p.kind() == ParameterBinding.Kind.VARARGS;
      keywords |= p.kind() == ParameterBinding.Kind.KEYWORDS;
      if (!p.isNamed()) {
        continue;
      }
      if (p.defaultText().isPresent()) {
        params.add(
            CodeBlock.of("$T.withDefault($S, $S)", PARAM, p.name(), p.defaultText().get().text()));
      } else {
        params.add(
            CodeBlock.of(p.isOptional() ? "$T.optional($S)" : "$T.required($S)", PARAM, p.name()));
      }
    }
    if (varargs) {
      params.add(CodeBlock.of("$T.varargs()", PARAM));
    }
    if (keywords) {
      params.add(CodeBlock.of("$T.keywords()", PARAM));
    }
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$N.$L($L",
                HANDLERS,
                h.nonBlocking().isPresent() ? "nonBlockingRow" : "row",
                CodeBlock.join(args, ", "));
    if (params.size() <= 2) {
      params.forEach(p -> init.add(", $L", p));
    } else {
      // One parameter a line, as the method declares them.
      init.add(",$>$>");
      for (int i = 0; i < params.size(); i++) {
        init.add("\n$L$L", params.get(i), i + 1 < params.size() ? "," : "");
      }
      init.add("$<$<");
    }
    init.add(")");
    return FieldSpec.builder(
            ParameterizedTypeName.get(PAGE_HANDLER, model.nodeType()),
            constants.handler(h),
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(TableJavadoc.handler(h))
        .initializer(init.build())
        .build();
  }

  /**
   * {@code call(id, node, call, args)}: one {@code case} per row, the direct call of its method
   * with each argument read from the bound {@code args}.
   */
  private static MethodSpec callMethod(HandlerClassModel model) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (id)");
    for (int id = 0; id < model.handlers().size(); id++) {
      HandlerMethodModel h = model.handlers().get(id);
      body.add("case $L: // $L\n", id, paths(h.names())).indent();
      CodeBlock call = CodeBlock.of("node.$N($L)", h.methodName(), arguments(h.parameters()));
      if (h.returnsVoid()) {
        body.addStatement("$L", call).addStatement("return null");
      } else {
        body.addStatement("return $L", call);
      }
      body.unindent();
    }
    body.add("default:\n")
        .indent()
        .addStatement("throw new $T($S + id)", IllegalArgumentException.class, "no handler ")
        .unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder("call")
        .addJavadoc(
            "Calls the method of row {@code id} on {@code node} with its bound arguments.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ClassName.OBJECT)
        .addParameter(TypeName.INT, "id")
        .addParameter(model.nodeType(), "node")
        .addParameter(INVOCATION, "call")
        .addParameter(ARGUMENTS, "args")
        .addException(Exception.class)
        .addCode(body.build())
        .build();
  }

  /** The call's arguments; more than two go one a line (the statement indents continuations). */
  private static CodeBlock arguments(List<ParameterBinding> params) {
    List<CodeBlock> args = new ArrayList<>();
    params.forEach(p -> args.add(ArgumentExpressions.of(p)));
    if (args.size() <= 2) {
      return CodeBlock.join(args, ", ");
    }
    return CodeBlock.of("\n$L", CodeBlock.join(args, ",\n"));
  }

  private static MethodSpec handlerMethod(HandlerClassModel model, ConstantNames constants) {
    MethodSpec.Builder method =
        override("handler", ParameterizedTypeName.get(PAGE_HANDLER, model.nodeType()))
            .addParameter(String.class, "name");
    if (model.handlers().isEmpty()) {
      return method.addStatement("return null").build();
    }
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (name)");
    for (HandlerMethodModel h : model.handlers()) {
      body.add(
          "$L return $N; // $L\n", caseLabels(h.names()), constants.handler(h), paths(h.names()));
    }
    body.add("default: return null;\n").endControlFlow();
    return method.addCode(body.build()).build();
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
   * A list of the names {@code handler} or {@code child} answers, for walking the tree at mount
   * time; through {@code PageHandlers.names}, which javac resolves without inference.
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
