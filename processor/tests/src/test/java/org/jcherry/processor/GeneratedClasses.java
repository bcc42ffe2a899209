package org.jcherry.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * The class output of a compilation (the compiled fixtures, the generated tables and the service
 * registry), written to a directory and loaded with a class loader over it, as an application would
 * see them.
 */
final class GeneratedClasses {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private GeneratedClasses() {}

  static URLClassLoader load(Compilation compilation, Path dir) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (!path.startsWith(CLASS_OUTPUT)) {
        continue;
      }
      Path target = dir.resolve(path.substring(CLASS_OUTPUT.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
    return new URLClassLoader(
        new URL[] {dir.toUri().toURL()}, GeneratedClasses.class.getClassLoader());
  }
}
