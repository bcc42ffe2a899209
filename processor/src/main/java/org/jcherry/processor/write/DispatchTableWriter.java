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
 * Writes {@code <Class>_Dispatch}: one signature and one {@code PageHandler} constant per exposed
 * method, and {@code switch} statements from names to handlers and children, so the table reads
 * like the URL space it serves.
 */
public final class DispatchTableWriter {
  static final String DISPATCH = "org.jcherry.dispatch";

  /** The support code generated tables call: not user API. */
  static final String INTERNAL = "org.jcherry.internal";

  private static final ClassName DISPATCH_TABLE = ClassName.get(DISPATCH, "DispatchTable");
  private static final ClassName VIRTUAL_PATH = ClassName.get(DISPATCH, "VirtualPath");
  private static final ClassName PAGE_HANDLER = ClassName.get(INTERNAL, "PageHandler");
  private static final ClassName SIGNATURE = ClassName.get(INTERNAL, "Signature");
  private static final ClassName ARGUMENTS = ClassName.get(INTERNAL, "Arguments");
  private static final ClassName PARAM_SINK = ClassName.get(INTERNAL, "ParamSink");
  private static final TypeName CONFIG_MAP =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

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
      type.addField(signatureField(h, constants.signature(h)));
      if (!h.config().isEmpty()) {
        type.addField(configField(constants.config(h), h.config()));
      }
      type.addField(handlerField(model, h, constants));
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

  private static FieldSpec signatureField(HandlerMethodModel h, String name) {
    CodeBlock.Builder init = CodeBlock.builder().add("$T.builder()", SIGNATURE);
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
    calls.add(CodeBlock.of(".build()"));
    if (calls.size() == 1) {
      init.add(calls.get(0));
    } else {
      init.add("$>$>");
      calls.forEach(c -> init.add("\n$L", c));
      init.add("$<$<");
    }
    return FieldSpec.builder(SIGNATURE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  private static FieldSpec handlerField(
      HandlerClassModel model, HandlerMethodModel h, ConstantNames constants) {
    String signature = constants.signature(h);
    boolean readsArguments = h.parameters().stream().anyMatch(p -> !p.isInjected());
    CodeBlock.Builder body = CodeBlock.builder();
    if (readsArguments) {
      body.addStatement("$T args = call.bind($N)", ARGUMENTS, signature);
    } else {
      body.addStatement("call.bind($N)", signature);
    }
    CodeBlock call = CodeBlock.of("node.$N($L)", h.methodName(), arguments(h.parameters()));
    if (h.returnsVoid()) {
      body.addStatement("$L", call).addStatement("return null");
    } else {
      body.addStatement("return $L", call);
    }
    CodeBlock config =
        h.config().isEmpty()
            ? CodeBlock.of("$T.of()", Map.class)
            : CodeBlock.of("$N", constants.config(h));
    CodeBlock init =
        CodeBlock.builder()
            .add("$T.of($S, $L, (node, call) -> {\n", PAGE_HANDLER, h.displayName(), config)
            .indent()
            .add(body.build())
            .unindent()
            .add("})")
            .build();
    return FieldSpec.builder(
            ParameterizedTypeName.get(PAGE_HANDLER, model.nodeType()),
            constants.handler(h),
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(TableJavadoc.handler(h))
        .initializer(init)
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
   * time.
   */
  private static MethodSpec namesMethod(String method, List<RouteName> names) {
    List<CodeBlock> keys = new ArrayList<>();
    names.forEach(n -> keys.add(CodeBlock.of("$S", n.key())));
    return override(method, ParameterizedTypeName.get(List.class, String.class))
        .addStatement("return $T.of($L)", List.class, CodeBlock.join(keys, ", "))
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
