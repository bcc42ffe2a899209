package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jcherry.processor.Fixtures.IMPORTS;
import static org.jcherry.processor.Fixtures.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which classes get a table, and the shape of tables beyond the golden ones. */
class DiscoveryTest {

  private static JavaFileObject cls(String name, String body) {
    return source("demo." + name, IMPORTS + body);
  }

  private static Compilation compile(JavaFileObject... sources) {
    Compilation c = Fixtures.javac().withOptions(Fixtures.STRICT_LINT, "-Werror").compile(sources);
    assertThat(c).succeededWithoutWarnings();
    return c;
  }

  @Test
  void subclassesInheritHandlersChildrenAndClassConfig() {
    Compilation c =
        compile(
            cls(
                "Base",
                "@CpConfig(\"tools.gzip.on = True\")\npublic class Base {\n"
                    + "  public final Other other = new Other();\n"
                    + "  @Expose public String index() { return \"\"; }\n}"),
            cls("Plain", "public class Plain extends Base {}"),
            cls(
                "Shop",
                "public class Shop extends Base {\n"
                    + "  @Expose public String cart() { return \"\"; }\n}"),
            Fixtures.other());
    assertThat(c)
        .generatedSourceFile("demo.Plain_Dispatch")
        .contentsAsUtf8String()
        .contains("index(), inherited from Base");
    assertThat(c)
        .generatedSourceFile("demo.Shop_Dispatch")
        .contentsAsUtf8String()
        .containsMatch(
            "(?s)tools\\.gzip\\.on.*HandlerRow\\.of\\(\"[^\"]+\", \"cart\"\\)"
                + ".*HandlerRow\\.of\\(\"[^\"]+\", \"index\"\\).*case \"other\"");
  }

  @Test
  void overridingWithoutExposeHidesTheHandler() {
    Compilation c =
        compile(
            cls("Base", "public class Base {\n  @Expose public String index() { return \"\"; }\n}"),
            cls(
                "Quiet",
                "public class Quiet extends Base {\n"
                    + "  @Override public String index() { return \"\"; }\n"
                    + "  @Expose public String other() { return \"\"; }\n}"));
    assertThat(c)
        .generatedSourceFile("demo.Quiet_Dispatch")
        .contentsAsUtf8String()
        .containsMatch("HandlerRow\\.of\\(\"Quiet\\.other\", \"other\"\\)\\)");
    assertThat(c)
        .generatedSourceFile("demo.Quiet_Dispatch")
        .contentsAsUtf8String()
        .doesNotContain("\"index\"");
  }

  @Test
  void intermediateAndContainerNodesWithoutAnnotationsGetTables() {
    Compilation c =
        compile(
            cls("Site", "public class Site {\n  public final Api api = new Api();\n}"),
            cls("Api", "public class Api {\n  public V1 getV1() { return new V1(); }\n}"),
            cls("V1", "public class V1 {\n  @Expose public String index() { return \"\"; }\n}"));
    assertThat(c)
        .generatedSourceFile("demo.Site_Dispatch")
        .contentsAsUtf8String()
        .contains("case \"api\": return node.api; // /api/...");
    assertThat(c)
        .generatedSourceFile("demo.Api_Dispatch")
        .contentsAsUtf8String()
        .contains("case \"v1\": return node.getV1(); // /v1/...");
  }

  @Test
  void beansThatLeadToNoHandlerGetNoTable() {
    Compilation c =
        compile(
            cls(
                "Order",
                "public class Order {\n  public Customer getCustomer() { return null; }\n}"),
            cls("Customer", "public class Customer {\n  public Order lastOrder;\n}"),
            Fixtures.other());
    for (JavaFileObject f : c.generatedSourceFiles()) {
      Truth.assertThat(f.getName()).endsWith("Other_Dispatch.java");
    }
  }

  @Test
  void nestedClassesGetFlatNames() {
    Compilation c =
        compile(
            cls(
                "Outer",
                "public class Outer {\n  public static class Inner {\n"
                    + "    @Expose public String index() { return \"\"; }\n  }\n}"));
    assertThat(c)
        .generatedSourceFile("demo.Outer_Inner_Dispatch")
        .contentsAsUtf8String()
        .contains("implements DispatchTable<Outer.Inner>");
  }

  @Test
  void constantNamesNeverClash() {
    Compilation c =
        compile(
            cls(
                "Root",
                "@CpConfig(\"tools.gzip.on = True\")\npublic class Root {\n"
                    + "  @Expose @CpConfig(\"tools.x.on = True\") public String sayHello() {"
                    + " return \"\"; }\n"
                    + "  @Expose @CpConfig(\"tools.x.on = True\") public String say_hello() {"
                    + " return \"\"; }\n"
                    + "  @Expose @CpConfig(\"tools.x.on = True\") public String config() {"
                    + " return \"\"; }\n"
                    + "  @Expose @CpConfig(\"tools.x.on = True\") public String handlers() {"
                    + " return \"\"; }\n}"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("demo.Root_Dispatch")
        .contentsAsUtf8String()
        .containsMatch(
            "(?s) CONFIG = .* SAY_HELLO_CONFIG = .* SAY_HELLO_2_CONFIG = .* CONFIG_CONFIG = "
                + ".* HANDLERS_CONFIG = .* handlers = ");
  }

  @Test
  void poppedNamesMayShadowNothing() {
    Compilation c =
        compile(
            cls(
                "Root",
                "public class Root {\n"
                    + "  @PopArgs({\"node\", \"vpath\"}) public Root pick(String vpath, String"
                    + " node) { return this; }\n  @Expose public String index() { return \"\"; }\n"
                    + "}"));
    assertThat(c)
        .generatedSourceFile("demo.Root_Dispatch")
        .contentsAsUtf8String()
        .contains("return node.pick(vpath_, node_);");
  }

  @Test
  void configValuesOfEveryLiteralKind() {
    Compilation c =
        compile(
            cls(
                "Root",
                "@CpConfig({\"a.int = -3\", \"a.float = 1.5e3\", \"a.text = \\\"x\\\\ty\\\"\",\n"
                    + "    \"a.word = production\", \"a.list = [1, 'b', [True]]\",\n"
                    + "    \"a.dict = {'k': 1, 2: (3,)}\", \"a.empty = {}\", \"a.none = []\"})\n"
                    + "public class Root {\n  @Expose public String index() { return \"\"; }\n}"));
    assertThat(c)
        .generatedSourceFile("demo.Root_Dispatch")
        .contentsAsUtf8String()
        .containsMatch(
            "(?s)Map.entry\\(\"a.int\", -3L\\).*Map.entry\\(\"a.float\","
                + " 1500.0\\).*Map.entry\\(\"a.text\", \"x\\\\ty\"\\).*Map.entry\\(\"a.word\","
                + " \"production\"\\).*Map.entry\\(\"a.list\", List.of\\(1L, \"b\","
                + " List.of\\(true\\)\\)\\).*Map.entry\\(\"a.dict\","
                + " Map.ofEntries\\(\\s*Map.entry\\(\"k\", 1L\\),\\s*Map.entry\\(2L,"
                + " List.of\\(3L\\)\\)\\)\\).*Map.entry\\(\"a.empty\","
                + " Map.of\\(\\)\\).*Map.entry\\(\"a.none\", List.of\\(\\)\\)");
  }

  @Test
  void recordsAndEnumsCanBeHandlerClasses() {
    Compilation c =
        compile(
            cls(
                "Point",
                "public record Point(int x) {\n"
                    + "  @Expose public String index() { return \"\" + x; }\n}"),
            cls(
                "Mode",
                "public enum Mode {\n  ON;\n"
                    + "  @Expose public String index() { return name(); }\n}"));
    assertThat(c).generatedSourceFile("demo.Point_Dispatch").isNotNull();
    assertThat(c).generatedSourceFile("demo.Mode_Dispatch").isNotNull();
  }
}
