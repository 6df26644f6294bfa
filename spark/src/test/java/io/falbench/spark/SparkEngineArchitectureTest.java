package io.falbench.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Spark engine schedules whole cells: it runs them through the cell runner like the local engine and never
 * reaches into a federation, a mode or a kernels backend, so a cell's numbers cannot depend on the engine.
 */
class SparkEngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.falbench.spark");

    @Test
    void theEngineRunsWholeCellsOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.falbench.fl..", "io.falbench.mode..",
                        "io.falbench.strategy..", "io.falbench.kernels.java..", "io.falbench.kernels.simd..",
                        "io.falbench.kernels.nd4j..", "io.falbench.kernels.djl..", "io.falbench.model..")
                .because("cells run through CellRunner, identically on every engine")
                .check(ENGINE);
    }
}
