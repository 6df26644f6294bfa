package io.falbench.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks and the falbench command are kernels callers like any other: the rule of core's
 * KernelsArchitectureTest ("nothing outside io.falbench.kernels.. depends on a backend package"), applied to this
 * module, which core's test cannot see.
 */
class KernelsApiOnlyTest {

    private static final JavaClasses BENCHMARKS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.falbench.bench", "io.falbench.cli");

    @Test
    void theBenchmarksAndTheCommandUseOnlyTheKernelsApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.falbench.kernels.java..", "io.falbench.kernels.simd..", "io.falbench.kernels.nd4j..", "io.falbench.kernels.djl..")
                .because("benchmarks time backends by name through KernelsRegistry, as every caller gets them")
                .check(BENCHMARKS);
    }
}
