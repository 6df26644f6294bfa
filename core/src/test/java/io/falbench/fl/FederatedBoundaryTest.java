package io.falbench.fl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.falbench.fl.message.Message;
import io.falbench.model.Weights;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The federated boundary as a build failure: the server side and the messages may not reach the clients' raw data
 * (samples, pools, labels, networks, predictions), and a message carries only numbers, arrays of numbers and weights.
 */
class FederatedBoundaryTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.falbench");

    @Test
    void theServerSideNeverImportsAClientDataType() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.falbench.fl.server..", "io.falbench.fl.message..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.falbench.fl.client..", "io.falbench.data..", "io.falbench.datasets..",
                        "io.falbench.mode..", "io.falbench.strategy..", "io.falbench.experiment..",
                        "io.falbench.partition..", "ai.djl..", "org.nd4j..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.falbench.fl.Federation")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.falbench.model.Network")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.falbench.model.Predictions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.falbench.model.LocalTrainer")
                .because("the server holds only what clients chose to send (DESIGN.md, the federated boundary)");
        rule.check(CORE);
    }

    @Test
    void everyMessageCarriesOnlyNumbersArraysOfNumbersAndWeights() throws Exception {
        Set<Class<?>> allowed = Set.of(int.class, long.class, float.class, double.class, int[].class, long[].class,
                float[].class, double[].class, Weights.class);
        List<Class<?>> messages = CORE.stream()
                .filter(c -> c.getPackageName().equals("io.falbench.fl.message"))
                .<Class<?>>map(c -> c.reflect()).filter(Class::isRecord).toList();
        assertThat(messages).extracting(Class::getSimpleName)
                .contains("ModelUpdate", "LocalCentroids", "GlobalCentroids", "CentroidDistances", "CentroidSums",
                        "ScaffoldModel", "ScaffoldUpdate");
        for (Class<?> message : messages) {
            for (RecordComponent component : message.getRecordComponents()) {
                assertThat(allowed).as("%s.%s", message.getSimpleName(), component.getName())
                        .contains(component.getType());
            }
        }
    }

    @Test
    void everyMessageRecordIsAMessageSoOnlyTheChannelCarriesItAndCountsItsBytes() {
        List<Class<?>> records = CORE.stream()
                .filter(c -> c.getPackageName().equals("io.falbench.fl.message"))
                .<Class<?>>map(c -> c.reflect()).filter(Class::isRecord).toList();
        assertThat(records).extracting(Class::getSimpleName)
                .contains("GlobalModel", "Prompt", "Statistic", "Allocation", "ScaffoldModel", "ScaffoldUpdate");
        for (Class<?> record : records) {
            assertThat(Message.class.isAssignableFrom(record)).as(record.getSimpleName()).isTrue();
        }
    }

    @Test
    void onlyTheChannelCountsTheBytesOfWhatCrosses() {
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName(Channel.class.getName())
                .and().resideOutsideOfPackage("io.falbench.fl.message")
                .should().callMethodWhere(DescribedPredicate.describe("the size of a message or of weights",
                        call -> call.getName().equals("bytes") && (call.getTargetOwner().isAssignableTo(Message.class)
                                || call.getTargetOwner().isEquivalentTo(Weights.class))))
                .because("every message passes through the channel, which counts it; no mode counts by hand");
        rule.check(CORE);
    }
}
