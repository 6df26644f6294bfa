package io.falbench.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.model.Normalization;
import io.falbench.settings.SettingsException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataSetsTest {

    @Test
    void everyDataSetAnswersToItsNameAndAliasesWithItsOwnEntry() {
        for (DatasetSpec spec : DatasetRegistry.all()) {
            assertThat(DataSets.REGISTRY.factory(spec.name())).isSameAs(spec);
            for (String alias : spec.aliases()) {
                assertThat(DataSets.REGISTRY.factory(alias)).as(alias).isSameAs(spec);
                assertThat(DataSets.REGISTRY.canonical(alias.toUpperCase(Locale.ROOT))).isEqualTo(spec.name());
            }
            assertThat(DataSets.REGISTRY.get(spec.name()).aliases()).isEqualTo(spec.aliases());
        }
        assertThat(DataSets.REGISTRY.factory("fmnist")).isSameAs(DatasetRegistry.FASHION_MNIST);
        assertThat(DataSets.REGISTRY.factory("cifar-10")).isSameAs(DatasetRegistry.CIFAR10);
    }

    @Test
    void aProtocolNamingAnAliasRecordsTheCanonicalNameAndFingerprint() {
        Protocol alias = Protocol.parse("t", "t.conf", "dataset = fmnist\n");
        Protocol canonical = Protocol.parse("t", "t.conf", "dataset = fashion-mnist\n");
        assertThat(alias.data().dataset()).isEqualTo("fashion-mnist");
        assertThat(alias.data().spec()).isSameAs(DatasetRegistry.FASHION_MNIST);
        assertThat(alias.resolved()).containsEntry("dataset", "fashion-mnist");
        assertThat(alias.resolvedText()).isEqualTo(canonical.resolvedText());
        assertThat(alias.fingerprint()).isEqualTo(canonical.fingerprint());
        assertThat(alias.cells()).allSatisfy(cell -> assertThat(cell.dataset()).isEqualTo("fashion-mnist"));
    }

    @Test
    void anAliasGivenWithSetIsRecordedByItsCanonicalNameToo() throws IOException {
        Protocol quickstart = Protocol.load("quickstart");
        Protocol alias = quickstart.with(Map.of("dataset", "CIFAR-10"));
        assertThat(alias.resolved()).containsEntry("dataset", "cifar10");
        assertThat(alias.fingerprint()).isEqualTo(quickstart.with(Map.of("dataset", "cifar10")).fingerprint());
        assertThat(quickstart.with(Map.of("dataset", "mnist_mini")).fingerprint()).isEqualTo(quickstart.fingerprint());
    }

    @Test
    void anUnknownDataSetNamesTheNearestEntriesOnceEach() {
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "dataset = cifar"))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("unknown data set 'cifar'; did you mean 'cifar10' or 'cifar100'? known: mnist,"
                        + " fashion-mnist, cifar10, cifar100, mnist-mini");
        assertThatThrownBy(() -> DataSets.REGISTRY.get("fmnst"))
                .hasMessageStartingWith("unknown data set 'fmnst'; did you mean 'fashion-mnist'?");
    }

    @Test
    void theNormalisationIsTheConstantsOnTheEntry() {
        Normalization fashion = Protocol.parse("t", "t.conf", "dataset = fmnist\n").data().normalization();
        assertThat(fashion.mean()).containsExactly(DatasetRegistry.FASHION_MNIST.referenceNormalization().mean());
        assertThat(fashion.std()).containsExactly(DatasetRegistry.FASHION_MNIST.referenceNormalization().std());
        Normalization kafal = Protocol.parse("t", "t.conf", "dataset = cifar-10\ndata.normalize = kafal\n").data()
                .normalization();
        assertThat(kafal.mean()).containsExactly(0.4914f, 0.4822f, 0.4465f);
        assertThat(kafal.std()).containsExactly(0.2023f, 0.1994f, 0.2010f);
        assertThat(Protocol.parse("t", "t.conf", "dataset = mnist\n").data().normalization().isNone()).isTrue();
        assertThat(Protocol.parse("t", "t.conf", "dataset = cifar10\ndata.normalize = none\n").data().normalization()
                .isNone()).isTrue();
    }

    @Test
    void kafalsConstantsExistForCifar10OnlyAndOtherDataSetsAreRefusedWhereTheKeyIs() {
        assertThatThrownBy(() -> Protocol.parse("t", "my.conf", "dataset = mnist\ndata.normalize = kafal\n"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("my.conf:2: data.normalize = kafal has constants for cifar10 only, not 'mnist'; use"
                        + " reference or none");
    }
}
