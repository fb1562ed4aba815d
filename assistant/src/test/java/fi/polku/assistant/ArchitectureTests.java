package fi.polku.assistant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The libraries stay free of web and Spring concerns, and the features of the application form clean modules. */
class ArchitectureTests {

    private static final JavaClasses LIBRARIES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.polku.segmentation", "fi.polku.knowledge");

    @Test
    void keepsTheLibrariesFreeOfWebSpringAndTheApplication() {
        noClasses()
                .that()
                .resideInAnyPackage("fi.polku.segmentation..", "fi.polku.knowledge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "org.springframework.boot..",
                        "org.springframework.context..",
                        "reactor..",
                        "jakarta.servlet..",
                        "fi.polku.assistant..")
                .check(LIBRARIES);
    }

    @Test
    void readsDataFilesOnlyThroughTheOneStrictYamlLayer() {
        // org.yaml:snakeyaml stays on the class path for Spring Boot's own application.yml, never for Polku's data
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.yaml.snakeyaml..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("fi.polku"));
    }

    @Test
    void keepsTheKnowledgeBasePackagesFreeOfCycles() {
        // search uses snippets, semantic recall and recommendation, which share only the index shape
        slices().matching("fi.polku.knowledge.(*)..").should().beFreeOfCycles().check(LIBRARIES);
    }

    @Test
    void importsTheLibraries() {
        // guards the rule above against passing vacuously on an empty import
        org.assertj.core.api.Assertions.assertThat(LIBRARIES.containPackage("fi.polku.segmentation.rules"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(LIBRARIES.containPackage("fi.polku.knowledge.search"))
                .isTrue();
    }

    @Test
    void keepsFeatureModulesAcyclicAndBehindTheirPublicApi() {
        ApplicationModules.of(PolkuApplication.class).verify();
    }
}
