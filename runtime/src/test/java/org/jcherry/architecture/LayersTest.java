package org.jcherry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layers (DESIGN.md, README "Layout"): packages form no cycle, and every import
 * points down. From the bottom ({@code org.jcherry.common} is a jar of its own that depends on
 * nothing, so its pom holds it there): {@code http}, {@code config}, {@code engine}, {@code log};
 * {@code internal}; {@code dispatch}, {@code tools} (and the built-in tools), {@code session};
 * {@code app}; {@code server}; {@code boot} and {@code testing}. The root package's annotations and
 * exceptions sit at the bottom too, and its {@code Cherry} facade at the top.
 */
class LayersTest {
  private static final String[] BASE = {
    "org.jcherry.http..", "org.jcherry.config..", "org.jcherry.engine..", "org.jcherry.log.."
  };
  private static final String[] EXTENSION = {
    "org.jcherry.internal..",
    "org.jcherry.dispatch..",
    "org.jcherry.tools..",
    "org.jcherry.session.."
  };
  private static final String[] ABOVE_EXTENSION = {
    "org.jcherry.app..", "org.jcherry.server..", "org.jcherry.boot..", "org.jcherry.testing.."
  };

  private static JavaClasses runtime;

  @BeforeAll
  static void importRuntime() {
    runtime =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.jcherry");
  }

  @Test
  void packagesBelowTheRootFormNoCycle() {
    slices().matching("org.jcherry.(**)").should().beFreeOfCycles().check(runtime);
  }

  @Test
  void onlyTheServerPackageTouchesUndertow() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.jcherry.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.undertow..", "org.xnio..")
        .check(runtime);
  }

  @Test
  void lowerLayersNeverReachTheApplicationServerOrBootstrap() {
    noClasses()
        .that()
        .resideInAnyPackage(concat(BASE, EXTENSION))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ABOVE_EXTENSION)
        .check(runtime);
  }

  @Test
  void theBaseImportsNothingAboveIt() {
    noClasses()
        .that()
        .resideInAnyPackage(BASE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(EXTENSION)
        .check(runtime);
  }

  @Test
  void rootAnnotationsAndExceptionsImportNothingAboveHttp() {
    noClasses()
        .that()
        .resideInAPackage("org.jcherry")
        .and()
        .doNotHaveSimpleName("Cherry")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(EXTENSION, ABOVE_EXTENSION))
        .check(runtime);
  }

  /**
   * The facade sits on top: a lower layer that calls it reaches everything through the back door.
   * What they need of it is below them: the request they are handed, {@code http.UrlBuilder} for
   * {@code url()}, {@code http.Serving} for the current request.
   */
  @Test
  void lowerLayersDoNotCallTheFacade() {
    noClasses()
        .that()
        .resideInAnyPackage(concat(concat(BASE, EXTENSION), new String[] {"org.jcherry.app.."}))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.jcherry.Cherry")
        .check(runtime);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
