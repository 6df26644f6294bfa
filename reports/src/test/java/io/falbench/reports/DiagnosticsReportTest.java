package io.falbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.experiment.ProgressListener;
import io.falbench.experiment.Runner;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.md's labels per class, budget share per client, bytes, and FairFAL's query-model choice, from a real run. */
class DiagnosticsReportTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path runDir;

    @Test
    void theReportSaysWhereTheLabelsWentWhatCrossedTheBoundaryAndWhichModelFairFalUsed() throws IOException {
        Protocol protocol = Protocol.parse("diag", "test", """
                dataset = mnist-mini
                clients = 3
                model = mlp
                strategies = margin
                modes = f-al, fairfal
                seeds = 1
                al.initial = 60
                al.query = 30
                al.rounds = 2
                fl.rounds = 2
                fl.local_epochs = 1
                local.max_epochs = 2
                train.lr = 0.05
                """);
        new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT);
        String md = Files.readString(ReportWriter.write(runDir));
        Matcher row = Pattern.compile("\\| margin / f-al \\| ([0-9 ]+) \\| ([0-9.]+) \\| ([0-9. ]+) \\|  \\|").matcher(md);
        assertThat(row.find()).as(md).isTrue();
        assertThat(Arrays.stream(row.group(1).split(" ")).mapToInt(Integer::parseInt).sum()).isEqualTo(120);
        assertThat(Arrays.stream(row.group(3).split(" ")).mapToDouble(Double::parseDouble).sum())
                .isCloseTo(100, org.assertj.core.api.Assertions.within(0.2));
        assertThat(md).containsPattern("\\| margin / f-al \\| [1-9][0-9.]* \\| [1-9][0-9.]* \\|")
                .contains("## FairFAL's query model")
                .containsPattern("\\| fairfal / fairfal \\| 0: [01]\\.[0-9]{2}, 1: [01]\\.[0-9]{2} \\|")
                .doesNotContain("| margin / f-al | 0: ");
    }
}
