package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * A handler class that uses a type another processor generates waits for the next round. (The
 * generator runs first: JCherry claims its annotations, and javac does not call a universal
 * processor after the annotations of a round are all claimed.)
 */
class DeferralTest {

  /** Writes {@code demo.Widget}, a handler class, in its first round. */
  static final class WidgetGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("demo.Widget").openWriter()) {
        out.write(
            "package demo;\npublic class Widget {\n"
                + "  @org.jcherry.Expose public String index() { return \"widget\"; }\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  private static Compilation compileWithWidget(String rootBody) {
    return Compiler.javac()
        .withProcessors(new WidgetGenerator(), new JCherryProcessor())
        .compile(Fixtures.root("public final Widget widget = new Widget();\n" + rootBody));
  }

  @Test
  void classWhoseTypesNeverAppearIsReportedWhenProcessingIsOver() {
    Compilation c =
        compileWithWidget("@Expose public String page(Widget.Size size) { return \"\"; }");
    // Widget.Size does not exist even after generation: the class stays deferred, then fails.
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("JCherry wrote no dispatch table for demo.Root");
  }

  @Test
  void deferredClassSeesTheGeneratedChild() {
    Compilation c = compileWithWidget("@Expose public String index() { return \"\"; }");
    assertThat(c).succeeded();
    assertThat(c)
        .generatedSourceFile("demo.Root_Dispatch")
        .contentsAsUtf8String()
        .contains("case \"widget\": return node.widget; // /widget/...");
    assertThat(c).generatedSourceFile("demo.Widget_Dispatch").isNotNull();
  }
}
