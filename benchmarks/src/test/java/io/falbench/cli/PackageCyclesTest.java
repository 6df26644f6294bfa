package io.falbench.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Package dependencies point one way: no io.falbench package reaches itself through others, in any module. This module
 * depends on every other one, so its class path holds the main classes of all of them.
 */
class PackageCyclesTest {

    private static final JavaClasses FALBENCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.falbench");

    @Test
    void everyModuleIsImported() {
        Set<String> packages = FALBENCH.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).as("one package of each module, so the rule below sees them all")
                .contains("io.falbench.datasets", "io.falbench.kernels", "io.falbench.reports", "io.falbench.spark",
                        "io.falbench.cli");
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("io.falbench.(**)").should().beFreeOfCycles()
                .because("a package builds only on packages below it: move the shared type down, or the class that"
                        + " needs both up (a registry above what it names)")
                .check(FALBENCH);
    }
}
