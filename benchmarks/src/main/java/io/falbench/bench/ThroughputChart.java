package io.falbench.bench;

import io.falbench.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Bar chart (XChart) of throughput relative to the fastest backend at each kernel and size (1 = fastest; absolute
 * operations per second are in the table), one bar group per kernel and size, one colour per backend; 0 = not run.
 */
final class ThroughputChart {

    private ThroughputChart() {
    }

    /** Writes the chart to {@code file}; {@code kept} says what a failed write leaves. */
    static void write(List<KernelResult> results, Path file, String title, String kept) throws IOException {
        Set<String> configurations = new LinkedHashSet<>();
        Set<String> backends = new LinkedHashSet<>();
        for (KernelResult result : results) {
            configurations.add(label(result));
            backends.add(result.backend());
        }
        CategoryChart chart = new CategoryChartBuilder().width(Math.max(900, 90 * configurations.size())).height(900)
                .title(title).xAxisTitle("kernel and sizes").yAxisTitle("throughput / fastest backend's").build();
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisMaxLabelCount(Math.max(2, configurations.size()));   // every group labelled; XChart refuses 1
        chart.getStyler().setOverlapped(false);
        List<String> categories = new ArrayList<>(configurations);
        java.util.Map<String, Double> fastest = new java.util.HashMap<>();
        for (KernelResult result : results) {
            fastest.merge(label(result), 1000.0 / result.millis(), Math::max);
        }
        for (String backend : backends) {
            List<Double> values = new ArrayList<>();
            for (String category : categories) {
                double value = 0;
                for (KernelResult result : results) {
                    if (result.backend().equals(backend) && label(result).equals(category)) {
                        value = 1000.0 / result.millis() / fastest.get(category);
                    }
                }
                values.add(value);
            }
            chart.addSeries(backend, categories, values);
        }
        AtomicFiles.write(file, kept, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    private static String label(KernelResult result) {
        return result.kernel().replace("Benchmark", "") + " " + ResultsTable.parameters(result.params())
                .replace("features=", "D=").replace("classes=", "C=").replace("iterations=", "it=")
                .replace(" kind=gradient", "").replace(" fixed=0", "").replace("measure=", "").replace("metric=", "");
    }
}
