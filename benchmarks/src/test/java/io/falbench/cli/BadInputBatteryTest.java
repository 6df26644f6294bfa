package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, each answered before any training: a non-zero exit, a message that says what, where and how to fix it,
 * no stack trace, and no cell computed (nor any earlier result touched).
 */
class BadInputBatteryTest {

    @TempDir
    static Path dataDir;

    @TempDir
    Path work;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** One bad input: a protocol (name or file text), --set overrides, and what the message must say. */
    static Arguments bad(String what, String protocol, List<String> sets, String... says) {
        return Arguments.of(what, protocol, sets, List.of(says));
    }

    static Stream<Arguments> battery() {
        return Stream.of(
                bad("misspelt shipped protocol", "quickstrat", List.of(), "no protocol 'quickstrat'",
                        "did you mean 'quickstart'?"),
                bad("malformed line", "file:description = x\nclients five\n", List.of(), ".conf:2:",
                        "expected 'key = value'"),
                bad("unknown key", "file:al.round = 3\n", List.of(), ".conf:1:", "unknown protocol key 'al.round'",
                        "did you mean 'al.rounds'?"),
                bad("key set twice", "file:seeds = 1\nseeds = 2\n", List.of(), ".conf:2:", "set twice"),
                bad("text for a number", "quickstart", List.of("clients=five"), "--set clients", "not a number"),
                bad("no clients", "quickstart", List.of("clients=0"), "'clients = 0'", "integer in [1"),
                bad("negative learning rate", "quickstart", List.of("train.lr=-0.1"), "train.lr", "out of range"),
                bad("momentum above 1", "quickstart", List.of("train.momentum=1.5"), "train.momentum",
                        "number in [0, 1]"),
                bad("negative weight decay", "quickstart", List.of("train.weight_decay=-1"), "train.weight_decay"),
                bad("long-tail ratio below 1", "quickstart", List.of("long_tail.rho=0.5"), "long_tail.rho",
                        "number in [1"),
                bad("long-tail ratio not a number", "quickstart", List.of("long_tail.rho=abc"), "not a number"),
                bad("severity above 5", "quickstart", List.of("corrupt.severity=6"), "corrupt.severity",
                        "integer in [1, 5]"),
                bad("more corrupted clients than clients", "quickstart", List.of("corrupt.clients=9"),
                        "'corrupt.clients = 9' exceeds 'clients = 5'"),
                bad("unknown strategy", "quickstart", List.of("strategies=random, margn"), "unknown strategy 'margn'",
                        "did you mean 'margin'?"),
                bad("empty strategy list", "quickstart", List.of("strategies= "), "the list is empty"),
                bad("unknown mode", "quickstart", List.of("modes=fal-globl"), "did you mean 'fal-global'?"),
                bad("unknown kernels backend", "quickstart", List.of("kernels=cuda"),
                        "unknown kernels backend 'cuda'", "known: java"),
                bad("unknown partition", "quickstart", List.of("partitions=shards"), "unknown partition 'shards'"),
                bad("Dirichlet without alpha", "quickstart", List.of("partitions=dirichlet"),
                        "needs a positive alpha, e.g. dirichlet:0.1"),
                bad("negative alpha", "quickstart", List.of("partitions=dir-balance:-1"), "needs a positive alpha"),
                bad("common fraction of 1.5", "quickstart", List.of("partitions=kmeans:1.5"),
                        "needs a common fraction in [0, 1)"),
                bad("unknown data set", "quickstart", List.of("dataset=cifar"), "unknown data set 'cifar'",
                        "did you mean 'cifar10' or 'cifar100'?"),
                bad("unknown model", "quickstart", List.of("model=resnet"), "unknown model 'resnet'"),
                bad("budget above 100%", "quickstart", List.of("al.query=150%"), "al.query",
                        "a percentage must be in (0, 100]"),
                bad("negative budget", "quickstart", List.of("al.query=-3"), "a sample count cannot be negative"),
                bad("negative rounds", "quickstart", List.of("al.rounds=-1"), "al.rounds"),
                bad("no seeds", "quickstart", List.of("seeds=0"), "'seeds = 0'"),
                bad("no FedAvg rounds", "quickstart", List.of("fl.rounds=0"), "fl.rounds"),
                bad("empty batches", "quickstart", List.of("train.batch_size=0"), "train.batch_size"),
                bad("FairFAL threshold above 1", "quickstart", List.of("fairfal.delta=2"), "fairfal.delta"),
                bad("unknown quota rule", "quickstart", List.of("al.quota=fair"), "unknown quota rule 'fair'",
                        "known: equal, equal-floor, proportional"),
                bad("cosine above 1", "quickstart", List.of("diagnostics.duplicate_cosine=2"),
                        "diagnostics.duplicate_cosine"),
                bad("target accuracy above 1", "quickstart", List.of("local.target_accuracy=1.5"),
                        "local.target_accuracy"),
                bad("not a boolean", "quickstart", List.of("fl.reinit=maybe"), "not true or false"),
                bad("unknown key from the command line", "quickstart", List.of("bogus.key=1"),
                        "--set bogus.key", "unknown protocol key 'bogus.key'"),
                bad("more clients than training samples", "quickstart", List.of("clients=5000"),
                        "'clients = 5000' but the training set of mnist-mini holds only 4000 samples"),
                bad("a schedule asking for more labels than samples", "quickstart", List.of("al.rounds=100"),
                        "= 20200 labels", "lower al.rounds, al.query or al.initial"),
                bad("missing data files", "quickstart", List.of("dataset=cifar10", "model=cnn4conv"),
                        "data set cifar10 is not ready", "falbench datasets fetch cifar10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("battery")
    void badInputIsAnsweredAtOnceWithWhatWhereAndHowToFixIt(String what, String protocol, List<String> sets,
                                                            List<String> says) throws IOException {
        Path runDir = work.resolve("run");
        Path empty = work.resolve("empty-data");
        List<String> args = new ArrayList<>(List.of("run", protocolArgument(protocol), "--out", runDir.toString(),
                "--data-dir", sets.contains("dataset=cifar10") ? empty.toString() : dataDir.toString()));
        sets.forEach(set -> args.addAll(List.of("--set", set)));
        assertRefused(args, says);
        assertThat(runDir.resolve("cells")).doesNotExist();
    }

    @Test
    void aTruncatedDataFileIsNamedWithTheCommandThatRepairsIt() throws IOException {
        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("cifar10"));
        Files.write(data.resolve("cifar10/data_batch_1.bin"), new byte[100]);
        assertRefused(List.of("run", "quickstart", "--out", work.resolve("run").toString(), "--data-dir",
                data.toString(), "--set", "dataset=cifar10"), List.of("data_batch_1.bin", "datasets fetch cifar10"));
    }

    @Test
    void aBadEmbeddingsFileIsNamedWithTheKeyAndWhatIsExpected() throws IOException {
        List<String[]> cases = List.of(
                new String[] {"none.npy", null, "--set embeddings.file", "no file", "numpy.save"},
                new String[] {"text.npy", "text", "is not a NumPy .npy file"},
                new String[] {"ints.npy", "{'descr': '<i4', 'fortran_order': False, 'shape': (4000, 1), }",
                        "dtype '<i4', expected '<f4' (float32) or '<f8' (float64)"},
                new String[] {"fortran.npy", "{'descr': '<f4', 'fortran_order': True, 'shape': (4000, 1), }",
                        "fortran_order True"},
                new String[] {"rows.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (10, 1), }",
                        "'embeddings.file = ", "has 10 rows, but mnist-mini has 4000 training images"},
                new String[] {"nan.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (4000, 1), }",
                        "value NaN at row 3999, column 0"});
        for (String[] bad : cases) {
            Path file = work.resolve(bad[0]);
            if (bad[1] != null) {
                Files.write(file, bad[1].equals("text") ? "not numpy".getBytes(StandardCharsets.UTF_8) : npy(bad[1]));
            }
            assertRefused(List.of("run", "quickstart", "--out", work.resolve("run").toString(), "--data-dir",
                    dataDir.toString(), "--set", "strategies=typiclust", "--set", "embeddings.file=" + file),
                    java.util.Arrays.asList(bad).subList(2, bad.length));
            assertThat(work.resolve("run/cells")).as(bad[0]).doesNotExist();
        }
        Path good = Files.write(work.resolve("good.npy"),
                npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4000, 1), }"));
        assertRefused(List.of("run", "quickstart", "--out", work.resolve("run").toString(), "--data-dir",
                dataDir.toString(), "--set", "embeddings.file=" + good), List.of("--set embeddings.file",
                "no cell runs a strategy that reads it (typiclust, probcover", "leave embeddings.file empty"));
    }

    /** A .npy file of this header (v1.0) and header-many 4-byte values, all 0 but the last, NaN. */
    private static byte[] npy(String dict) {
        String header = dict + " ".repeat(117 - dict.length()) + "\n";
        int rows = Integer.parseInt(dict.replaceAll(".*\\((\\d+),.*", "$1"));
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(10 + header.length() + 4 * rows)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length())
                .put(header.getBytes(StandardCharsets.ISO_8859_1));
        out.putFloat(out.capacity() - 4, Float.NaN);
        return out.array();
    }

    @Test
    void anOutputPathThatIsAFileOrUnderAFileIsRefused() throws IOException {
        Path file = Files.writeString(work.resolve("a-file"), "x");
        assertRefused(List.of("run", "quickstart", "--out", file.toString(), "--data-dir", dataDir.toString()),
                List.of("is a file, not a directory"));
        assertRefused(List.of("run", "quickstart", "--out", file.resolve("sub").toString(), "--data-dir",
                dataDir.toString()), List.of("cannot create the run directory", "give a writable --out"));
    }

    @Test
    void engineOptionsThatCannotWorkAreRefusedBeforeSparkStarts() {
        List<String> run = List.of("run", "quickstart", "--out", work.resolve("r").toString(), "--data-dir",
                dataDir.toString());
        List<String> args = new ArrayList<>(run);
        args.addAll(List.of("--conf", "spark.executor.memory=2g"));
        assertRefused(args, List.of("--conf and --cell-threads are options of --engine spark"));
        args = new ArrayList<>(run);
        args.addAll(List.of("--engine", "spark", "--master", "local[4]", "--cell-threads", "3"));
        assertRefused(args, List.of("runs the cells in this process", "leave --cell-threads out"));
        args = new ArrayList<>(run);
        args.addAll(List.of("--engine", "spark", "--master", "local[1]"));
        if (io.falbench.runtime.NativeThreads.configured() > 1) {
            assertRefused(args, List.of("fewer than a cell's", "give local["));
            // under spark-submit (its spark.master property) and without --master, spark-submit's master is taken
            System.setProperty("spark.master", "local[1]");
            try {
                List<String> submitted = new ArrayList<>(run);
                submitted.addAll(List.of("--engine", "spark"));
                assertRefused(submitted, List.of("--master local[1] has 1 core(s)"));
            } finally {
                System.clearProperty("spark.master");
            }
        }
        args = new ArrayList<>(run);
        args.addAll(List.of("--engine", "spark", "--master", " "));
        assertRefused(args, List.of("--master is empty"));
        assertRefused(List.of("run", "quickstart", "--out", "hdfs://namenode:8020/runs/q"),
                List.of("is not a local folder", "add --engine spark"));
        assertRefused(List.of("run", "quickstart", "--engine", "sparkle"), List.of("--engine", "local, spark"));
        assertThat(work.resolve("r")).doesNotExist();
    }

    @Test
    void aProtocolFileThatIsNotTextIsNamedWithWhatToGiveInstead() throws IOException {
        Path png = Files.write(work.resolve("accuracy.png"), PNG);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write("clients = 5\n".getBytes(StandardCharsets.UTF_8));
        }
        Path gzip = Files.write(work.resolve("quickstart.conf.gz"), gzipped.toByteArray());
        for (Path file : List.of(png, gzip)) {
            assertRefused(List.of("run", file.toString(), "--out", work.resolve("run").toString(), "--data-dir",
                    dataDir.toString()), List.of(file + " is not UTF-8 text (byte 0x",
                    "give a protocol .conf file or a shipped protocol name", "`falbench list`"));
        }
        assertThat(work.resolve("run")).doesNotExist();
    }

    @Test
    void aBrokenResultsTableOrCellFileIsNamedByReportAndCompare() throws IOException {
        String header = "protocol,dataset,partition,strategy,mode,seed,round,labelled,labelled_fraction,accuracy,"
                + "balanced_accuracy,macro_f1\n";
        Path good = Files.createDirectories(work.resolve("good/cells"));
        Files.writeString(good.resolveSibling("results.csv"), header
                + "quickstart,mnist-mini,homogeneous,random,f-al,0,0,100,0.025,0.5,0.5,0.5\n");
        Files.write(good.resolve("mnist-mini__homogeneous__random__f-al__seed0.json"), PNG);
        Path binary = Files.createDirectories(work.resolve("binary"));
        Files.write(binary.resolve("results.csv"), PNG);
        Path truncated = Files.createDirectories(work.resolve("truncated"));
        Files.writeString(truncated.resolve("results.csv"), header + "quickstart,mnist-mini,homog");
        String rebuild = "rerunning `falbench run` with the same protocol and --out rebuilds it from the cell files";

        assertRefused(List.of("report", binary.toString()), List.of(binary.resolve("results.csv")
                + " is not UTF-8 text (byte 0x89 at offset 0", rebuild));
        assertRefused(List.of("compare", good.getParent().toString(), binary.toString()),
                List.of(binary.resolve("results.csv") + " is not UTF-8 text", rebuild));
        assertRefused(List.of("report", truncated.toString()), List.of(truncated.resolve("results.csv")
                + ":2: malformed row", rebuild));
        assertRefused(List.of("report", good.getParent().toString()), List.of(good.resolve(
                "mnist-mini__homogeneous__random__f-al__seed0.json") + " is not a readable cell result (",
                "delete it to run that cell again"));
    }

    @Test
    void compareNamesARunThatIsNotARunWithWhatToGiveAndExitsTwo() throws IOException {
        String header = "protocol,dataset,partition,strategy,mode,seed,round,labelled,labelled_fraction,accuracy,"
                + "balanced_accuracy,macro_f1\n";
        Path good = Files.createDirectories(work.resolve("good"));
        Files.writeString(good.resolve("results.csv"), header
                + "quickstart,mnist-mini,homogeneous,random,f-al,0,0,100,0.025,0.5,0.5,0.5\n");
        Path png = Files.write(good.resolve("accuracy.png"), PNG);
        Path report = Files.writeString(good.resolve("report.md"), "# quickstart\n");
        Path empty = Files.write(work.resolve("empty"), new byte[0]);
        Path emptyCsv = Files.write(work.resolve("empty.csv"), new byte[0]);
        Path noResults = Files.createDirectories(work.resolve("no-results"));
        Path other = Files.createDirectories(work.resolve("other"));
        Files.writeString(other.resolve("results.csv"), header
                + "blog-mnist-cpu,mnist,kmeans,badge,s-al,0,0,60,0.001,0.6,0.6,0.6\n");
        String give = "give a run directory that `falbench run PROTOCOL --out DIR` wrote (it holds results.csv), or"
                + " that results.csv";
        assertRefused(2, List.of("compare", good.toString(), png.toString()),
                List.of("NEW " + png + " is a file, not a run directory nor a results.csv", give));
        assertRefused(2, List.of("compare", report.toString(), good.toString()),
                List.of("BASELINE " + report + " is a file, not a run directory nor a results.csv", give));
        assertRefused(2, List.of("compare", good.toString(), empty.toString()),
                List.of("NEW " + empty + " is a file", give));
        assertRefused(2, List.of("compare", good.toString(), emptyCsv.toString()),
                List.of("NEW: " + emptyCsv + " is empty", "a results.csv is the table `falbench run` writes"));
        assertRefused(2, List.of("compare", noResults.toString(), good.toString()),
                List.of("BASELINE " + noResults + " is a directory without results.csv", give));
        assertRefused(2, List.of("compare", good.toString(), work.resolve("nothing").toString()),
                List.of("NEW " + work.resolve("nothing") + " does not exist", give));
        assertRefused(2, List.of("compare", good.toString(), other.toString()),
                List.of("BASELINE " + good.resolve("results.csv") + " (protocol quickstart) and NEW "
                        + other.resolve("results.csv") + " (protocol blog-mnist-cpu) have no arm", "the baseline has"
                        + " mnist-mini / homogeneous / random / f-al", "compare two runs of the same protocol"));
        Path pngCsv = Files.write(work.resolve("results.csv"), PNG);
        assertRefused(2, List.of("compare", pngCsv.toString(), good.toString()),
                List.of("BASELINE: " + pngCsv + " is not UTF-8 text (byte 0x89 at offset 0"));
    }

    @Test
    void aMalformedOverrideIsAUsageError() {
        assertRefused(List.of("run", "quickstart", "--set", "clients"), List.of("KEY=VALUE"));
    }

    @Test
    void aFinishedRunOfAnotherConfigurationIsRefusedAndKeptAsItWas() throws IOException {
        Path runDir = work.resolve("finished");
        List<String> tiny = List.of("run", "quickstart", "--out", runDir.toString(), "--data-dir", dataDir.toString(),
                "--seeds", "1", "--set", "strategies=random", "--set", "al.rounds=0", "--set", "fl.rounds=1");
        assertThat(Falbench.commandLine().execute(tiny.toArray(String[]::new))).isZero();
        Path cell = Files.list(runDir.resolve("cells")).findFirst().orElseThrow();
        String before = Files.readString(cell);
        List<String> changed = new ArrayList<>(tiny);
        changed.addAll(List.of("--set", "fl.local_epochs=3"));
        assertRefused(changed, List.of("different configuration", "use another --out directory"));
        assertThat(Files.readString(cell)).isEqualTo(before);
    }

    /** The first bytes of every PNG file: not UTF-8 from the first byte on. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static String protocolArgument(String protocol) throws IOException {
        if (!protocol.startsWith("file:")) {
            return protocol;
        }
        Path file = Files.createTempFile("bad-input", ".conf");
        Files.writeString(file, protocol.substring("file:".length()));
        file.toFile().deleteOnExit();
        return file.toString();
    }

    private void assertRefused(List<String> args, List<String> says) {
        assertRefused(-1, args, says);
    }

    /** As above, and the exit status is {@code exit} (any non-zero one when -1). */
    private void assertRefused(int exit, List<String> args, List<String> says) {
        console.resetErr();
        int status = Falbench.commandLine().execute(args.toArray(String[]::new));
        String message = console.err();
        assertThat(status).as(message).isNotZero();
        if (exit >= 0) {
            assertThat(status).as(message).isEqualTo(exit);
        }
        for (String part : says) {
            assertThat(message).contains(part);
        }
        assertThat(message).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    }
}
