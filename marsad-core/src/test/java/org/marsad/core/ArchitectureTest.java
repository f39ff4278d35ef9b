package org.marsad.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.marsad.core");

  @Test
  void core_importsNeitherAppStoreNorFlink() {
    noClasses().that().resideInAPackage("org.marsad.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.marsad.app..", "org.marsad.store..", "org.marsad.flink..")
        .check(CORE);
  }

  @Test
  void domain_dependsOnNoStage() {
    noClasses().that().resideInAPackage("org.marsad.core.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("org.marsad.core.nlp..", "org.marsad.core.extract..",
            "org.marsad.core.stage..", "edu.stanford..")
        .check(CORE);
  }
}
