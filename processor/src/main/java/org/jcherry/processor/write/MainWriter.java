package org.jcherry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import javax.lang.model.element.Modifier;
import org.jcherry.processor.model.AppRootModel;
import org.jcherry.processor.model.HandlerClassModel;

/**
 * Writes {@code <Root>_Main} for an {@code @AppRoot} class: a {@code main} that serves the tree.
 */
public final class MainWriter {
  private static final ClassName LAUNCHER = ClassName.get("org.jcherry.boot", "Launcher");
  private static final ClassName APP_MAIN = ClassName.get("org.jcherry.boot", "AppMain");
  private static final ClassName MAP = ClassName.get("java.util", "Map");

  private final GeneratedFiles files;

  public MainWriter(GeneratedFiles files) {
    this.files = files;
  }

  public void write(HandlerClassModel model) throws IOException {
    AppRootModel root = model.appRoot().orElseThrow();
    files.write(root.mainClass(), spec(model, root));
  }

  private static MethodSpec.Builder override(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type);
  }

  private TypeSpec spec(HandlerClassModel model, AppRootModel root) {
    String scriptName = root.scriptName().text();
    String mountedAt = scriptName.isEmpty() ? "the site root" : "{@code " + scriptName + "}";
    return files
        .classBuilder(root.mainClass(), model.element())
        .addJavadoc(
            "Serves {@link $T} at $L: generated from its {@code @AppRoot}. Run it with\n\n"
                + "<pre>\n  java -cp ... $L [-c FILE]... [-e ENV] [-p PIDFILE] [--host H] [--port P]\n"
                + "      [--routes | --check | --help]\n</pre>\n"
                + "as CherryPy's {@code cherryd}; {@code --help} says what each option does.\n",
            model.nodeType(),
            mountedAt,
            root.mainClass().canonicalName())
        .addSuperinterface(APP_MAIN)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(
                    "For {@code ServiceLoader}: autoreload finds the app again in freshly compiled"
                        + " classes through it.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("main")
                .addJavadoc(
                    "Applies the global config compiled in, then the config files, {@code -e}, {@code"
                        + " --host} and {@code --port}, mounts a new {@link $T} and serves it until"
                        + " the process is stopped (or lists its routes, or checks its config).\n",
                    model.nodeType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args")
                .addCode("$T.run(args, new $T());\n", LAUNCHER, root.mainClass())
                .build())
        .addMethod(
            override(
                    "rootType",
                    ParameterizedTypeName.get(
                        ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
                .addStatement("return $T.class", model.nodeType())
                .build())
        .addMethod(
            override("newRoot", ClassName.get(Object.class))
                .addStatement("return new $T()", model.nodeType())
                .build())
        .addMethod(
            override("scriptName", ClassName.get(String.class))
                .addStatement("return $S", scriptName)
                .build())
        .addMethod(
            override(
                    "globalConfig",
                    ParameterizedTypeName.get(
                        MAP, ClassName.get(String.class), ClassName.get(Object.class)))
                .addJavadoc("The global config of {@code @AppRoot(config)}.\n")
                .addStatement("return $L", ConfigLiterals.map(root.globalConfig()))
                .build())
        .build();
  }
}
