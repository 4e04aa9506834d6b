package org.gridgov.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout HOUSE_STYLE.md draws: sla and scoring build on core and never on each other; the
 * examples, samples and benchmarks use exported API only; Jackson stays in the io packages; library
 * code reads no wall clock and prints nothing.
 */
class ArchitectureTest {
  private static JavaClasses all;
  private static Set<String> exported;

  @BeforeAll
  static void importClasses() throws IOException {
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridgov");
    exported = exportedPackages();
  }

  /** The packages the gridgov library modules export, read from their module descriptors. */
  private static Set<String> exportedPackages() throws IOException {
    Set<String> packages = new HashSet<>();
    for (URL url :
        Collections.list(
            ArchitectureTest.class.getClassLoader().getResources("module-info.class"))) {
      try (InputStream in = url.openStream()) {
        ModuleDescriptor d = ModuleDescriptor.read(in);
        if (d.name().startsWith("org.gridgov.") && !d.name().equals("org.gridgov.examples")) {
          // a qualified export (the reading support, to gridgov's own modules) is not API
          d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
        }
      }
    }
    return packages;
  }

  @Test
  void theLibraryModulesReadTheirDescriptors() {
    org.assertj.core.api.Assertions.assertThat(exported).contains("org.gridgov.core");
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.gridgov.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gridgov.sla..",
            "org.gridgov.scoring..",
            "org.gridgov.geo..",
            "org.gridgov.samples..",
            "org.gridgov.examples..",
            "org.gridgov.benchmarks..")
        .check(all);
  }

  @Test
  void slaAndScoringNeverDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.gridgov.sla..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.gridgov.scoring..")
        .allowEmptyShould(true) // scoring holds no classes until its issues land
        .check(all);
    noClasses()
        .that()
        .resideInAPackage("org.gridgov.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.gridgov.sla..")
        .allowEmptyShould(true)
        .check(all);
    noClasses()
        .that()
        .resideInAnyPackage("org.gridgov.sla..", "org.gridgov.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gridgov.geo..",
            "org.gridgov.samples..",
            "org.gridgov.examples..",
            "org.gridgov.benchmarks..")
        .allowEmptyShould(true)
        .check(all);
  }

  @Test
  void examplesAndBenchmarksUseExportedApiOnly() {
    DescribedPredicate<JavaClass> unexportedLibrary =
        new DescribedPredicate<>("in a gridgov library package that is not exported") {
          @Override
          public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            boolean library =
                pkg.startsWith("org.gridgov.core")
                    || pkg.startsWith("org.gridgov.sla")
                    || pkg.startsWith("org.gridgov.scoring")
                    || pkg.startsWith("org.gridgov.geo");
            return library && !exported.contains(pkg);
          }
        };
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.gridgov.samples..", "org.gridgov.examples..", "org.gridgov.benchmarks..")
        .should()
        .dependOnClassesThat(unexportedLibrary)
        .check(all);
  }

  @Test
  void librariesDependOnGuavaJacksonAndJSpecifyOnly() {
    classes()
        .that()
        .resideInAnyPackage("org.gridgov.core..", "org.gridgov.sla..", "org.gridgov.scoring..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.annotation..",
            "javax.crypto..",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "com.fasterxml.jackson..",
            "org.jspecify..",
            "org.gridgov.core..",
            "org.gridgov.sla..",
            "org.gridgov.scoring..")
        .check(all);
  }

  @Test
  void geoAddsOnlyJtsAndBuildsOnCoreAlone() {
    classes()
        .that()
        .resideInAPackage("org.gridgov.geo..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax.annotation..",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "com.fasterxml.jackson..",
            "org.jspecify..",
            "org.locationtech.jts..",
            "org.gridgov.core..",
            "org.gridgov.geo..")
        .check(all);
  }

  @Test
  void jacksonStaysInTheIoPackages() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.gridgov.core..", "org.gridgov.sla..", "org.gridgov.scoring..", "org.gridgov.geo..")
        .and()
        .resideOutsideOfPackage("..io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(all);
  }

  @Test
  void libraryCodeReadsNoWallClockAndPrintsNothing() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.gridgov.core..", "org.gridgov.sla..", "org.gridgov.scoring..", "org.gridgov.geo..")
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(all);
  }
}
