package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jcherry.processor.Fixtures.IMPORTS;
import static org.jcherry.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code <Root>_Urls} for trees the golden files do not cover: what it cannot express is a warning
 * on the handler with the fix, or a note in its javadoc, and never a failed compilation.
 */
class UrlsClassTest {

  @Test
  void twoHandlersWithOneUrlMethodNameWarnOnTheSecondWithTheFix() {
    JavaFileObject root =
        source(
            "demo.Root",
            IMPORTS
                + "@AppRoot\npublic class Root {\n"
                + "  public final Blog blog = new Blog();\n"
                + "  @Expose public String blogIndex() { return \"\"; }\n"
                + "}");
    JavaFileObject blog =
        source(
            "demo.Blog",
            IMPORTS
                + "public class Blog {\n"
                + "  @Expose public String index() { return \"\"; }\n"
                + "}");
    Compilation c = Fixtures.javac().compile(root, blog);
    assertThat(c).succeeded();
    assertThat(c)
        .hadWarningContaining(
            "JCherry writes no Root_Urls.blogIndex for /blog/: that name is taken by the URL"
                + " method of /blogIndex (Root.blogIndex); rename one of the two handlers or nodes")
        .inFile(blog)
        .onLineContaining("index()");
  }

  @Test
  void aRecursiveTreeStopsWhereAClassComesBackAndSaysSo() {
    JavaFileObject root =
        source(
            "demo.Root",
            IMPORTS
                + "@AppRoot\npublic class Root {\n"
                + "  public Node node = null;\n"
                + "  @Expose public String index() { return \"\"; }\n"
                + "}");
    JavaFileObject node =
        source(
            "demo.Node",
            IMPORTS
                + "public class Node {\n"
                + "  public Node next = null;\n"
                + "  @Expose public String show(int id) { return \"\"; }\n"
                + "}");
    Compilation c = Fixtures.javac().compile(root, node);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("demo.Root_Urls")
        .contentsAsUtf8String()
        .contains("public static String nodeShow(int id) {");
    assertThat(c)
        .generatedSourceFile("demo.Root_Urls")
        .contentsAsUtf8String()
        .contains("{@code /node/next/...: demo.Node is already on the path (a recursive tree)}");
  }

  @Test
  void aNodeOfAnUnannotatedTypeIsNotedAndAPoppedNameThatIsNoIdentifierIsRenamed() {
    JavaFileObject root =
        source(
            "demo.Root",
            IMPORTS
                + "@AppRoot\n@PopArgs(\"user-id\")\npublic class Root {\n"
                + "  public Object anything = null;\n"
                + "  @Expose public String index() { return \"\"; }\n"
                + "}");
    Compilation c = Fixtures.javac().compile(root);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("demo.Root_Urls")
        .contentsAsUtf8String()
        .contains("public static String index(String user_id) {");
    assertThat(c)
        .generatedSourceFile("demo.Root_Urls")
        .contentsAsUtf8String()
        .contains(
            "/{user-id}/anything/...: anything is declared as java.lang.Object, which exposes"
                + " nothing the compiler can see");
  }
}
