package org.jcherry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks Java sources for reflection: JCherry's runtime and the code its processor generates must
 * work from generated tables alone. {@code ServiceLoader} (which finds those tables) is allowed.
 */
public final class NoReflection {
  private NoReflection() {}

  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "java\\.lang\\.reflect|java\\.lang\\.invoke|Class\\.forName|MethodHandle(s)?\\b|newProxyInstance"
              + "|getDeclared(Method|Field|Constructor|Class)|\\.getMethods?\\(|\\.getFields?\\("
              + "|\\.getConstructors?\\(|\\.newInstance\\(|setAccessible|LambdaMetafactory");

  /**
   * Every use of reflection in the {@code .java} files under {@code root}, as {@code file:line:
   * text}.
   */
  public static List<String> findIn(Path root) {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String line = stripComment(lines.get(i));
          Matcher m = FORBIDDEN.matcher(line);
          if (m.find()) {
            hits.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hits;
  }

  /**
   * Fails when {@link #findIn} finds anything, or when {@code root} holds no Java source at all.
   */
  public static void assertNone(Path root) {
    if (!Files.isDirectory(root)) {
      throw new AssertionError("no sources to check at " + root);
    }
    List<String> hits = findIn(root);
    if (!hits.isEmpty()) {
      throw new AssertionError("Reflection found:\n" + String.join("\n", hits));
    }
  }

  /** The code of {@code line} without comments and string literals, which may name anything. */
  private static String stripComment(String line) {
    String t = line.trim();
    if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
      return "";
    }
    String code = STRING_LITERAL.matcher(line).replaceAll("\"\"");
    int c = code.indexOf("//");
    return c >= 0 ? code.substring(0, c) : code;
  }

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
}
