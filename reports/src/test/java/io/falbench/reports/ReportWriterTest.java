package io.falbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.reports.results.ResultRow;
import io.falbench.reports.results.ResultsReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path runDir;

    private void writeCsv() throws IOException {
        Files.writeString(runDir.resolve("results.csv"), """
                protocol,dataset,partition,strategy,mode,seed,round,labelled,labelled_fraction,accuracy,balanced_accuracy,macro_f1,bytes_up
                p,mnist-mini,homogeneous,random,f-al,0,0,100,0.025,0.60,0.59,0.58,10
                p,mnist-mini,homogeneous,random,f-al,1,0,100,0.025,0.70,0.69,0.68,10
                p,mnist-mini,homogeneous,random,f-al,0,1,200,0.05,0.80,0.79,0.78,10
                p,mnist-mini,homogeneous,random,f-al,1,1,200,0.05,0.84,0.83,0.82,10
                p,mnist-mini,homogeneous,margin,f-al,0,0,100,0.025,0.60,0.59,0.58,10
                p,mnist-mini,homogeneous,margin,f-al,1,0,100,0.025,0.70,0.69,0.68,10
                p,mnist-mini,homogeneous,margin,f-al,0,1,200,0.05,0.90,0.89,0.88,10
                p,mnist-mini,homogeneous,margin,f-al,1,1,200,0.05,0.92,0.91,0.90,10
                """);
    }

    @Test
    void curvesAverageOverSeedsWithTheSampleStandardDeviation() throws IOException {
        writeCsv();
        List<ResultRow> rows = ResultsReader.read(runDir.resolve("results.csv"));
        Curve random = Curve.of("random", rows.stream().filter(r -> r.strategy().equals("random")).toList(),
                ResultRow::accuracy);
        assertThat(random.points()).hasSize(2);
        assertThat(random.points().get(0).mean()).isCloseTo(0.65, within(1e-12));
        assertThat(random.points().get(0).std()).isCloseTo(Math.sqrt(0.005), within(1e-12));
        assertThat(random.last().labelled()).isEqualTo(200);
    }

    @Test
    void theReportHasAPlotAndATableOfEverySeries() throws IOException {
        writeCsv();
        Path report = ReportWriter.write(runDir);
        String md = Files.readString(report);
        assertThat(md).contains("![test accuracy vs labelled samples, one panel per mode](accuracy.png)")
                .contains("| random / f-al | 65.00 ± 7.07 | 82.00 ± 2.83 | 2 |")
                .contains("| margin / f-al | 200 | 91.00 ± 1.41 | 90.00 ± 1.41 | 89.00 ± 1.41 |");
        BufferedImage png = ImageIO.read(runDir.resolve("accuracy.png").toFile());
        assertThat(png.getWidth()).isEqualTo(900);
        assertThat(png.getHeight()).isBetween(500, 700);
        assertThat(md).doesNotContain("One mode per figure");
    }

    @Test
    void aCpuScaledRunShowsThePublishedPointsBesideItsOwnAndAnSvg() throws IOException {
        Files.writeString(runDir.resolve("results.csv"), """
                protocol,dataset,partition,strategy,mode,seed,round,labelled,labelled_fraction,accuracy,balanced_accuracy,macro_f1
                fairfal-cifar10-lt-cpu,cifar10,dir-balance:0.1,random,f-al,0,0,851,0.05,0.30,0.30,0.30
                fairfal-cifar10-lt-cpu,cifar10,dir-balance:0.1,random,f-al,0,1,1702,0.10,0.40,0.40,0.40
                fairfal-cifar10-lt-cpu,cifar10,dir-balance:0.1,random,f-al,0,2,2553,0.15,0.46,0.46,0.46
                fairfal-cifar10-lt-cpu,cifar10,dir-balance:0.1,random,f-al,1,0,851,0.05,0.32,0.32,0.32
                fairfal-cifar10-lt-cpu,cifar10,dir-balance:0.1,random,f-al,1,1,1702,0.10,0.42,0.42,0.42
                fairfal-cifar10-lt-cpu,cifar10,dir-balance:0.1,random,f-al,1,2,2553,0.15,0.48,0.48,0.48
                """);
        String md = Files.readString(ReportWriter.write(runDir));
        assertThat(md).contains("## Beside the published numbers")
                .contains("The published points come from `fairfal-cifar10-lt`'s schedule (100 FedAvg rounds x 5 local"
                        + " epochs per AL round); this run is its cpu-scaled variant, so each gap includes the shorter"
                        + " schedule.")
                .contains("| random / f-al | 0.15 | 47.24 | 47.00 ± 1.41 | -0.24 | FairFAL CIFAR-10-LT curve")
                .contains("| random / f-al | 0.45 | 55.70 | not reached |  | FairFAL table")
                .doesNotContain("| fairfal / fairfal |")
                .contains("## Claims of the sources")
                .contains("| kafal-beats-random | KAFAL ends above Random (60.01 vs 55.70) |"
                        + " `better kafal/kafal random/f-al accuracy@45%` | per seed | 0 | beyond the run |")
                .contains("| smallest effect 4.31 | **not reached** | beyond the run |")
                .contains("- kafal-beats-random: every curve of the run stops short of accuracy@45%: the run does not"
                        + " reach the point this claim reads")
                .contains("| fairfal-ahead-15 | fairfal/fairfal | logo/logo | the one configuration | 0 |")
                .contains("- fairfal-ahead-15: fairfal/fairfal vs logo/logo: no cells paired")
                .doesNotContain("claims.png");
        assertThat(runDir.resolve("claims.png")).doesNotExist();
        assertThat(Files.readString(runDir.resolve("accuracy.svg"))).contains("<svg");
    }

    @Test
    void aMissingOrMalformedResultsFileIsAClearError() throws IOException {
        assertThatThrownBy(() -> ReportWriter.write(runDir)).hasMessageContaining("does not exist; run 'falbench run");
        Files.writeString(runDir.resolve("results.csv"), "protocol,dataset\np,x\n");
        assertThatThrownBy(() -> ReportWriter.write(runDir)).hasMessageContaining("header lacks column 'partition'");
    }
}
