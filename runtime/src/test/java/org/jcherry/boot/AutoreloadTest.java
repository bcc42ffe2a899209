package org.jcherry.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autoreload, end to end: a generated Main runs in a JVM of its own with a class directory on its
 * class path, as {@code mvn compile} and an IDE leave it; the test compiles new versions of the
 * handler (with the real processor) into that directory and sees the running server answer with the
 * new code, keep the old one when a change does not mount (and say why), and take the next good
 * change. Waits poll with a generous bound; nothing times the reload.
 */
class AutoreloadTest {
  private static final long BOUND = TimeUnit.MINUTES.toNanos(1);

  @TempDir Path dir;

  private void compile(String config, String answer) throws IOException {
    Path src = dir.resolve("src/reload/Root.java");
    Files.createDirectories(src.getParent());
    Files.writeString(
        src,
        "package reload;\n"
            + "import org.jcherry.AppRoot;\n"
            + "import org.jcherry.CpConfig;\n"
            + "import org.jcherry.Expose;\n"
            + "@AppRoot\n"
            + (config.isEmpty() ? "" : "@CpConfig(\"" + config + "\")\n")
            + "public class Root {\n"
            + "  @Expose public String index() { return \""
            + answer
            + "\"; }\n"
            + "}\n");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    String cp = System.getProperty("java.class.path");
    boolean ok =
        javac
            .getTask(
                errors,
                null,
                null,
                List.of(
                    "-d",
                    classes.toString(),
                    "-classpath",
                    cp,
                    "-processorpath",
                    cp,
                    "-processor",
                    "org.jcherry.processor.JCherryProcessor",
                    "--release",
                    "17"),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(src))
            .call();
    assertTrue(ok, errors.toString());
  }

  @Test
  void aRecompiledHandlerServesWithoutARestartAndABrokenOneKeepsTheOld() throws Exception {
    compile("", "version 1");
    Path conf = dir.resolve("site.conf");
    Files.writeString(conf, siteConf("one"));
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                dir.resolve("classes") + File.pathSeparator + System.getProperty("java.class.path"),
                "reload.Root_Main",
                "-c",
                conf.toString(),
                "--port",
                "0")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      String printed = await(() -> read(out), s -> s.contains("\n"), "the address");
      Matcher m = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/").matcher(printed);
      assertTrue(m.find(), printed + read(err));
      TestClient client = new TestClient("127.0.0.1", Integer.parseInt(m.group(1)));
      TestResponse first = client.get("/");
      assertEquals("version 1", first.body());
      assertEquals("one", first.header("X-Site"));

      // A config file change is applied too, with the classes as they are.
      Files.writeString(conf, siteConf("two"));
      await(() -> client.get("/").header("X-Site"), "two"::equals, "the new config");
      assertEquals("version 1", client.get("/").body());

      compile("", "version 2");
      await(() -> client.get("/").body(), "version 2"::equals, "version 2 served");

      // A change that compiles but does not mount (no such tool) leaves version 2 serving.
      compile("tools.nosuch.on = True", "version 3");
      await(() -> read(err), s -> s.contains("No tool named 'nosuch'"), "the reason logged");
      String said = read(err);
      assertTrue(said.contains("Autoreload: the change does not mount"), said);
      TestResponse r = client.get("/");
      assertEquals(200, r.status());
      assertEquals("version 2", r.body());

      compile("", "version 4");
      await(() -> client.get("/").body(), "version 4"::equals, "version 4 served after the fix");
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  /** A config file for the app: autoreload looks four times a second, and a header to see. */
  private static String siteConf(String site) {
    return "[global]\nengine.autoreload.frequency = 0.25\n[/]\nresponse.headers.X-Site = '"
        + site
        + "'\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String await(
      Supplier<String> value, java.util.function.Predicate<String> done, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + BOUND;
    String last = null;
    while (System.nanoTime() < deadline) {
      try {
        last = value.get();
        if (done.test(last)) {
          return last;
        }
      } catch (RuntimeException e) {
        last = e.toString(); // the server between answers: try again
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + what + " within a minute; last: " + last);
  }
}
