package io.falbench.kernels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The kernels' package layout as a build failure (see the package-info of each package): callers see only the API in
 * io.falbench.kernels and the registry, the API names no backend, each native library stays inside its backend's
 * package, and the Vector API inside simd.
 */
class KernelsArchitectureTest {

    /** The backends' packages; callers reach them through the API and io.falbench.kernels.registry. */
    static final String[] BACKEND_PACKAGES = {
        "io.falbench.kernels.java..", "io.falbench.kernels.simd..", "io.falbench.kernels.nd4j..", "io.falbench.kernels.djl.."};

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.falbench");

    @Test
    void onlyTheNd4jBackendTouchesNd4j() {
        noClasses().that().resideInAPackage("io.falbench.kernels..").and().resideOutsideOfPackage("io.falbench.kernels.nd4j..")
                .should().dependOnClassesThat().resideInAPackage("org.nd4j..")
                .because("ND4J stays inside the nd4j backend (io.falbench.kernels.nd4j)")
                .check(CORE);
    }

    @Test
    void onlyTheDjlBackendTouchesDjlAmongTheKernels() {
        noClasses().that().resideInAPackage("io.falbench.kernels..").and().resideOutsideOfPackage("io.falbench.kernels.djl..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .because("DJL stays inside the djl backend (io.falbench.kernels.djl); the models outside the kernels use it too")
                .check(CORE);
    }

    @Test
    void nothingOutsideTheKernelsDependsOnABackendPackage() {
        noClasses().that().resideOutsideOfPackage("io.falbench.kernels..")
                .should().dependOnClassesThat().resideInAnyPackage(BACKEND_PACKAGES)
                .because("callers use the API in io.falbench.kernels and get a backend from KernelsRegistry")
                .check(CORE);
    }

    @Test
    void theApiNamesNeitherABackendNorTheRegistry() {
        noClasses().that().resideInAPackage("io.falbench.kernels")
                .should().dependOnClassesThat().resideInAnyPackage("io.falbench.kernels.java..",
                        "io.falbench.kernels.nd4j..", "io.falbench.kernels.djl..", "io.falbench.kernels.registry..")
                .because("the backends and the registry build on the API; the API needs only simd's Dot and the runtime's"
                        + " Parallel for its row norms")
                .check(CORE);
    }

    @Test
    void withinTheKernelsOnlyTheRegistryNamesTheNativeBackends() {
        for (String backend : new String[]{"io.falbench.kernels.nd4j..", "io.falbench.kernels.djl.."}) {
            noClasses().that().resideInAPackage("io.falbench.kernels..")
                    .and().resideOutsideOfPackages(backend, "io.falbench.kernels.registry..")
                    .should().dependOnClassesThat().resideInAPackage(backend)
                    .because("a native backend is a leaf: the registry makes it, nothing else in the kernels needs it")
                    .check(CORE);
        }
    }

    @Test
    void onlyTheSimdPackageTouchesTheVectorApi() {
        noClasses().that().resideOutsideOfPackage("io.falbench.kernels.simd..")
                .should().dependOnClassesThat().resideInAPackage("jdk.incubator.vector..")
                .because("the Vector API is optional: only simd imports it, and the java backend calls simd only when Simd.ENABLED")
                .check(CORE);
    }
}
