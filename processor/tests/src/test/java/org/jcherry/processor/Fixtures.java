package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources and the compiler that runs JCherry on them. */
final class Fixtures {
  /**
   * Every lint but {@code processing}, which reports {@code @Generated} as claimed by no processor:
   * the processor leaves it unclaimed so other processors see it, as Dagger and AutoValue do.
   */
  static final String STRICT_LINT = "-Xlint:all,-processing";

  /** The golden-file fixtures under {@code src/test/resources/inputs}. */
  static final List<String> GOLDEN_SOURCES =
      List.of("Root", "Blog", "Archive", "Year", "Calendar", "Month", "Users", "Member");

  private Fixtures() {}

  static Compiler javac() {
    return Compiler.javac().withProcessors(new JCherryProcessor());
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  static List<JavaFileObject> goldenSources() {
    List<JavaFileObject> out = new ArrayList<>();
    for (String name : GOLDEN_SOURCES) {
      out.add(JavaFileObjects.forResource("inputs/demo/" + name + ".java"));
    }
    return out;
  }

  /** A source file, named after its class: {@code source("demo.Root", "...")}. */
  static JavaFileObject source(String className, String text) {
    return JavaFileObjects.forSourceString(className, text);
  }

  /**
   * Compiles {@code source} (with {@code others}) and asserts that it fails with an error
   * containing {@code message} on the (only) line of {@code source} containing {@code line}.
   */
  static Compilation assertError(
      JavaFileObject source, String message, String line, JavaFileObject... others) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(others));
    sources.add(0, source);
    Compilation c = javac().compile(sources);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(source).onLineContaining(line);
    return c;
  }

  /** A valid handler class, so that javac runs the processor at all. */
  static JavaFileObject other() {
    return source(
        "demo.Other",
        IMPORTS + "public class Other {\n  @Expose public String index() { return \"\"; }\n}\n");
  }

  /** A class {@code demo.Root} with {@code body} as its members, importing the JCherry API. */
  static JavaFileObject root(String body) {
    return source("demo.Root", IMPORTS + "public class Root {\n" + body + "\n}\n");
  }

  static final String IMPORTS =
      "package demo;\n\nimport java.util.*;\nimport org.jcherry.*;\n"
          + "import org.jcherry.dispatch.VirtualPath;\nimport org.jcherry.http.*;\n\n";
}
