package org.corridorwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture honest, on the compiled main classes: no import loop between packages or between
 * classes; GDAL only in raster/; no GDAL and no file I/O in the maths packages (change/, sites/, roads/imagery/); the shared
 * model depends on nothing else of ours; nothing depends on the CLI.
 */
class ArchitectureTest {
    private static final String ROOT = "org.corridorwatch";
    private static final String[] MATHS = {ROOT + ".change..", ROOT + ".sites..", ROOT + ".roads.imagery.."};
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** Each package (sub-packages separately) is one slice. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

    /** Each top-level class (with its nested classes) is one slice: no loop of references between classes anywhere. */
    static final ArchRule NO_CLASS_CYCLES = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith(ROOT) ? SliceIdentifier.of(c.getName().split("\\$")[0]) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "top-level classes of " + ROOT;
        }
    }).should().beFreeOfCycles();

    static final ArchRule GDAL_ONLY_IN_RASTER = noClasses().that().resideOutsideOfPackage(ROOT + ".raster..")
            .should().dependOnClassesThat().resideInAPackage("org.gdal..")
            .because("raster/ is the only package that talks to GDAL");

    static final ArchRule MATHS_WITHOUT_IO = noClasses().that().resideInAnyPackage(MATHS)
            .should().dependOnClassesThat().resideInAnyPackage("org.gdal..", "java.nio.file..", "java.nio.channels..",
                    "java.sql..", "java.net..", ROOT + ".raster..", ROOT + ".files..", ROOT + ".report..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccess).*")
            .because("change/, sites/ and roads/imagery/ are pure maths on arrays and records: testable without files, reusable on any engine");

    static final ArchRule MODEL_IS_A_LEAF = noClasses().that().resideInAPackage(ROOT + ".model..")
            .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".model..", "java..", "org.locationtech.jts..")
            .because("the shared model is what every stage depends on");

    static final ArchRule NOTHING_USES_THE_CLI = noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
            .orShould().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the library knows nothing of picocli; the CLI only parses and calls it");

    @Test
    void noImportLoopBetweenPackages() {
        NO_PACKAGE_CYCLES.check(main);
    }

    @Test
    void noImportLoopBetweenClasses() {
        NO_CLASS_CYCLES.check(main);
    }

    @Test
    void onlyRasterTalksToGdal() {
        GDAL_ONLY_IN_RASTER.check(main);
    }

    @Test
    void mathsPackagesDoNoIo() {
        MATHS_WITHOUT_IO.check(main);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        MODEL_IS_A_LEAF.check(main);
    }

    @Test
    void theLibraryNeverSeesTheCli() {
        NOTHING_USES_THE_CLI.check(main);
    }

    /** The rules can fail: a class loop, a package loop and file I/O in the maths, compiled from this test's fixtures. */
    @Test
    void theRulesCatchOffenders() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(Fixtures.A.class, Fixtures.B.class);
        assertThrows(AssertionError.class, () -> slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return SliceIdentifier.of(c.getSimpleName());
            }

            @Override
            public String getDescription() {
                return "fixture classes";
            }
        }).should().beFreeOfCycles().check(fixtures));
        assertThrows(AssertionError.class, () -> noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..").check(fixtures));
    }

    /** Two classes that refer to each other, one of them reading a file. */
    static final class Fixtures {
        static final class A {
            B partner;

            java.nio.file.Path file() {
                return java.nio.file.Path.of("x");
            }
        }

        static final class B {
            A partner;
        }
    }
}
