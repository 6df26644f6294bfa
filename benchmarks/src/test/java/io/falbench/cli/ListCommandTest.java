package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code falbench list} prints each entry's declaration: aliases, what it needs, the options it reads. */
class ListCommandTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void strategiesModesAndFederatedOptimisersAreListedWithTheirAliasesNeedsAndOptions() {
        assertThat(Falbench.commandLine().execute("list", "--data-dir", dataDir.toString())).isZero();
        assertThat(console.out()).contains(
                "  random               uniformly at random\n",
                "  least-confidence     highest 1 - max p (Lewis and Gale 1994) (also lc) [needs predictions]\n",
                "  coreset              greedy k-center from the labelled set (Sener and Savarese 2018) (also core-set)"
                        + " [needs embeddings, labelled set]\n",
                "  badge                k-means++ seeding on gradient embeddings (Ash et al. 2020)"
                        + " [needs predictions, embeddings]\n",
                "  typiclust            most typical sample of the least-labelled k-means clusters, on the model's"
                        + " normalised embeddings or embeddings.file's (Hacohen et al. 2022)"
                        + " [needs embeddings, labelled set] [options embeddings.file]\n",
                "  probcover            greedy max coverage by delta-balls, on the model's normalised embeddings"
                        + " or embeddings.file's (Yehuda et al. 2022) (also prob-cover)"
                        + " [needs predictions, embeddings, labelled set]"
                        + " [options probcover.delta, probcover.purity, embeddings.file]\n",
                "  alfa-mix             k-means over the candidates whose predicted class changes when their embedding"
                        + " is mixed towards a labelled class mean (Parvaneh et al. 2022) (also alfamix)"
                        + " [needs predictions, embeddings, labelled set, linear head]\n",
                "  logo                 local k-means macro step, global entropy micro step (Kim et al. CVPR 2023)"
                        + " [needs its own query rule] [options logo.kmeans, logo.refill]\n",
                "  f-al                 each client queries its quota with the federated model (Ahn et al. 2022)"
                        + " (also fal)\n",
                "Federated optimisers (key 'fl.algorithm'):\n  fedavg ",
                "  fedprox              FedProx: FedAvg plus mu/2 ||w - w_global||^2 on each client's local objective"
                        + " (Li et al. 2020) [options fedprox.mu]\n",
                "(Karimireddy et al. 2020) [options scaffold.server_lr]\n");
    }
}
