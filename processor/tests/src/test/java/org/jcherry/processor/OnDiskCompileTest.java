package org.jcherry.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jcherry.processor.write.ServiceRegistryWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs javac with real output directories, as a build tool does: what is written when some classes
 * have errors, and how a later, partial compile keeps the tables of an earlier one.
 */
class OnDiskCompileTest {
  @TempDir Path dir;

  @Test
  void aClassWithErrorsGetsNoFileWhileValidClassesDo() throws IOException {
    boolean ok = javac(Fixtures.other(), Fixtures.root("@Expose String hidden() { return \"\"; }"));
    assertThat(ok).isFalse();
    assertThat(Files.exists(generated("demo/Other_Dispatch.java"))).isTrue();
    assertThat(Files.exists(generated("demo/Root_Dispatch.java"))).isFalse();
  }

  @Test
  void aLaterCompileKeepsTheRegisteredTablesOfAnEarlierOne() throws IOException {
    assertThat(javac(Fixtures.other())).isTrue();
    assertThat(registry()).isEqualTo("demo.Other_Dispatch\n");

    assertThat(javac(Fixtures.root("@Expose public String index() { return \"\"; }"))).isTrue();
    assertThat(registry()).isEqualTo("demo.Other_Dispatch\ndemo.Root_Dispatch\n");
  }

  private String registry() throws IOException {
    return Files.readString(dir.resolve("classes").resolve(ServiceRegistryWriter.PATH), UTF_8);
  }

  private Path generated(String path) {
    return dir.resolve("generated").resolve(path);
  }

  /**
   * Compiles into {@code dir/classes} and {@code dir/generated}, with the classes on the classpath.
   */
  private boolean javac(JavaFileObject... sources) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      String classpath = System.getProperty("java.class.path") + File.pathSeparator + classes;
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostics, List.of("-classpath", classpath), null, List.of(sources));
      task.setProcessors(List.of(new JCherryProcessor()));
      return task.call();
    }
  }
}
