package io.falbench.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.docs.JavaSources.Declaration;
import io.falbench.docs.Markdown.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every repository path and every Java class or member the documents name exists: README.md, docs/**.md and
 * reports/results/**\/README.md. Paths are those in code spans and fenced blocks that start with a top-level name
 * of the repository (from the root), and link targets (from the document's folder). Classes are code spans such as
 * {@code FalMode}, {@code DatasetRegistry.java}, {@code kernels/java/Seeding}, {@code io.falbench.fl.Channel},
 * {@code ModeRegistry.ownsQueryRule} or {@code Quotas#RULES}, looked up in every module's src/main and src/test.
 */
class DocReferencesTest {

    /** Names in code spans that are not falbench's classes, each with why a document names it. */
    static final Map<String, String> NOT_OURS = Map.ofEntries(
            Map.entry("SplittableRandom", "the JDK's java.util.SplittableRandom"),
            Map.entry("PoissonSampler", "Apache Commons RNG's sampler, which ShotNoise draws from"),
            Map.entry("KMeans", "scikit-learn's sklearn.cluster.KMeans, which cardinal and LoGo call"),
            Map.entry("MiniBatchKMeans", "scikit-learn's sklearn.cluster.MiniBatchKMeans, a peer in bench-peers"),
            Map.entry("RandomState", "NumPy's numpy.random.RandomState, in the reference code"),
            Map.entry("DataLoader", "PyTorch's torch.utils.data.DataLoader, in the reference code"),
            Map.entry("SubsetRandomSampler", "PyTorch's torch.utils.data.SubsetRandomSampler, in KAFAL's code"),
            Map.entry("MultiStepLR", "PyTorch's torch.optim.lr_scheduler.MultiStepLR, in the reference code"),
            Map.entry("ToTensor", "torchvision's transform, in the reference code"),
            Map.entry("Normalize", "torchvision's transform, in the reference code"),
            Map.entry("FashionMNIST", "torchvision's data set class, in FairFAL's code"),
            Map.entry("IMBALANCEFashionMNIST", "FairFAL's code (data/fmnist_lt), its long-tailed Fashion-MNIST"),
            Map.entry("DistKLDivCriterion", "KAFAL's code, its symmetric KL loss"),
            Map.entry("LoGo.query", "LoGo's code (query_strategies/fal/logo.py), its query method"),
            Map.entry("BadgeSampling.query", "the official BADGE code's method (query_strategies/badge_sampling.py)"),
            Map.entry("KMeansSampler", "cardinal's sampler (Dataiku), which OpenAL runs"),
            Map.entry("KCentroidSampler", "cardinal's sampler (Dataiku), which OpenAL runs"),
            Map.entry("TwoStepKMeansSampler", "cardinal's sampler (Dataiku), which OpenAL runs"),
            Map.entry("IncrementalMiniBatchKMeansSampler", "cardinal's sampler (Dataiku), which OpenAL runs"),
            Map.entry("TwoStepIncrementalMiniBatchKMeansSampler", "cardinal's sampler (Dataiku), which OpenAL runs"),
            Map.entry("NetworkPass", "the JMH rows of NetworkPassBenchmark are labelled NetworkPass"),
            Map.entry("GetScalarTypeFromDType", "DJL's PyTorch JNI function that lacks bf16 (docs/kernels.md)"),
            Map.entry("DataType", "DJL's ai.djl.ndarray.types.DataType"),
            Map.entry("NDArray", "DJL's ai.djl.ndarray.NDArray"),
            Map.entry("ParameterStore", "DJL's ai.djl.training.ParameterStore"),
            Map.entry("TypiClust", "the method (Hacohen et al. 2022) and its official code avihu111/TypiClust"),
            Map.entry("ProbCover", "the method (Yehuda et al. 2022), shipped in avihu111/TypiClust"),
            Map.entry("IndexFlatL2", "faiss's exact L2 index, which TypiClust's official code searches with"),
            Map.entry("ActiveLearning", "TypiClust's official code (deep-al/pycls/al/ActiveLearning.py)"),
            Map.entry("BALDDropout", "DeepAL's and BADGE's BALD sampler, BALD's reference"),
            Map.entry("CNNMnist", "CHASe's code (models.py), its MNIST network"),
            Map.entry("CosineSimilarity", "PyTorch's torch.nn.CosineSimilarity, in CHASe's code"),
            Map.entry("Tloc", "an option value of CHASe's code (--abla), not a class"),
            Map.entry("Tglo", "an option value of CHASe's code (--abla), not a class"),
            Map.entry("EDL_Loss", "FEAL's code (utils/loss_func.py), its evidential loss"),
            Map.entry("FedUpdate", "FEAL's code (utils/fed_merge.py), its copy of the global model to the clients"),
            Map.entry("SummaryWriter", "PyTorch's torch.utils.tensorboard.SummaryWriter, in FEAL's code"),
            Map.entry("MNIST_Net", "DeepAL's network for MNIST (nets.py), BALD's reference"),
            Map.entry("SVHN_Net", "DeepAL's network for SVHN (nets.py), BALD's reference"),
            Map.entry("CIFAR10_Net", "DeepAL's network for CIFAR-10 (nets.py), BALD's reference"));

    /** Package prefixes of qualified names that are not falbench's, each with why a document names them. */
    static final Map<String, String> NOT_OUR_PACKAGES = Map.of(
            "torch/", "PyTorch, in the reference code",
            "sklearn/", "scikit-learn, in the reference code",
            "np/", "NumPy, in the reference code",
            "ai/djl/", "DJL, which falbench builds on");

    /** Documents whose fenced blocks map the code: every capitalised word there is a class. */
    static final List<String> CLASS_MAPS = List.of("docs/architecture.md");

    /** Capitalised words of a class map that are not classes, each with why the map names them. */
    static final Map<String, String> MAP_WORDS = Map.ofEntries(
            Map.entry("FairFAL", "a paper"), Map.entry("LoGo", "a paper"), Map.entry("Raff", "an author"),
            Map.entry("Kuhn", "an author"), Map.entry("Jonker", "an author"), Map.entry("Volgenant", "an author"),
            Map.entry("Wilcoxon", "a test"), Map.entry("Flower", "the FL framework whose exchanges falbench follows"),
            Map.entry("PyTorch", "a library"), Map.entry("Python", "a language"), Map.entry("Java", "a language"),
            Map.entry("XChart", "a library"), Map.entry("Spark", "Apache Spark"), Map.entry("Hadoop", "Apache Hadoop"),
            Map.entry("FileSystem", "Hadoop's FileSystem API"), Map.entry("Commons", "Apache Commons"),
            Map.entry("Compress", "Apache Commons Compress"), Map.entry("Math", "Apache Commons Math"),
            Map.entry("Vector", "the JDK's Vector API"), Map.entry("Backends", "the first word of a sentence"));

    private static final Pattern MAP_CLASS = Pattern.compile(
            "(?<![.\\w])[A-Z][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?(?![*\\w])");

    /** Paths a document names before they exist in this tree, each with why; an entry whose path exists fails. */
    static final Map<String, String> PENDING = Map.of();

    /** Paths that commands create (run directories, build output): named by the documents, never committed. */
    static final List<String> GENERATED = List.of("reports/runs/", "target/");

    private static final Pattern CLASS = Pattern.compile(
            "((?:[a-z][a-z0-9_]*[./])*)([A-Z][A-Za-z0-9_]*)(\\.java)?(?:[.#]([A-Za-z_][A-Za-z0-9_]*))?(?:\\(.*)?");
    private static final Pattern FILE_NAME = Pattern.compile(
            "README|.*\\.(md|java|json|csv|png|svg|conf|claims|txt|py|sh|xml)");
    /** A path or class written with a placeholder: NAME, SUITE, <protocol>, *, ${VAR}, ..., YourStrategy. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[<>*{}$|\\[\\]]|\\.\\.\\.|\\b(?!README\\b)[A-Z]{2,}\\b|\\bYour[A-Z]");

    @Test
    void everyPathAndClassADocumentNamesExists() throws IOException {
        JavaSources sources = JavaSources.read();
        List<String> topLevel = Repository.topLevelNames();
        List<String> problems = new ArrayList<>();
        for (Path document : Repository.documents()) {
            Markdown markdown = Markdown.read(document);
            for (Mention mention : markdown.mentions()) {
                String problem = switch (mention.kind()) {
                    case LINK -> checkLink(markdown, mention.text());
                    case FENCED -> firstNonNull(checkWords(mention.text(), topLevel, null),
                            CLASS_MAPS.contains(Repository.relative(document))
                                    ? checkClassMap(mention.text(), sources) : null);
                    case CODE -> checkWords(mention.text(), topLevel, sources);
                };
                if (problem != null) {
                    problems.add(Repository.relative(document) + ":" + mention.line() + ": `" + mention.text() + "`: "
                            + problem);
                }
            }
        }
        for (String pending : PENDING.keySet()) {
            if (Files.exists(Repository.ROOT.resolve(pending))) {
                problems.add(pending + " exists now: remove it from DocReferencesTest.PENDING");
            }
        }
        assertThat(problems).withFailMessage("%d stale name(s) in the documents:%n%s", problems.size(),
                problems.stream().collect(Collectors.joining(System.lineSeparator()))).isEmpty();
    }

    private static String checkLink(Markdown markdown, String target) {
        if (Markdown.isExternal(target)) {
            return null;
        }
        Path file = markdown.resolve(target);
        String relative = Repository.relative(file);
        if (Files.exists(file) || PENDING.containsKey(relative)) {
            return null;
        }
        return "the link's target " + relative + " does not exist. Fix: link the file where it is now (paths are "
                + "relative to the document's folder), or drop the link";
    }

    /**
     * The problem with the first stale path of a code span or fenced line, or with the span's class reference (a
     * span of one word, arguments aside; only when sources are given), or null.
     */
    private static String checkWords(String span, List<String> topLevel, JavaSources sources) {
        for (String raw : span.split("\\s+")) {
            String word = word(raw);
            if (!word.isEmpty() && !word.contains("://") && isPath(word, topLevel)) {
                String problem = checkPath(word);
                if (problem != null) {
                    return problem;
                }
            }
        }
        int arguments = span.indexOf('(');
        String callee = word(arguments > 0 ? span.substring(0, arguments) : span);
        if (sources == null || callee.isEmpty() || callee.contains(" ") || isPath(callee, topLevel)) {
            return null;
        }
        return checkClass(callee, sources);
    }

    /** The problem with the first stale class a word of a class map names, or null. */
    private static String checkClassMap(String word, JavaSources sources) {
        Matcher m = MAP_CLASS.matcher(word);
        while (m.find()) {
            String name = m.group().split("\\.")[0];
            if (!MAP_WORDS.containsKey(name)) {
                String problem = checkClass(m.group(), sources);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** A word without the punctuation around it, or the possessive after it. */
    private static String word(String raw) {
        return raw.trim().replaceAll("'s$", "").replaceAll("^[(\"'=]+|[)\"',;:.]+$", "");
    }

    /** A word is a repository path when it starts with a top-level name and is not a class reference. */
    private static boolean isPath(String word, List<String> topLevel) {
        String first = word.split("/", 2)[0];
        if (!topLevel.contains(first) || !(word.contains("/") || first.contains("."))) {
            return false;
        }
        String last = word.substring(word.lastIndexOf('/') + 1);
        return last.isEmpty() || !Character.isUpperCase(last.charAt(0)) || FILE_NAME.matcher(last).matches();
    }

    private static String checkPath(String path) {
        if (PLACEHOLDER.matcher(path).find() || PENDING.containsKey(path)
                || GENERATED.stream().anyMatch(g -> path.startsWith(g) || path.contains("/" + g))) {
            return null;
        }
        if (Files.exists(Repository.ROOT.resolve(path))) {
            return null;
        }
        return "no such path from the repository root. Fix: write the path as it is now, or drop it; a path that "
                + "a command creates belongs in DocReferencesTest.GENERATED, one not merged yet in PENDING, with a "
                + "reason";
    }

    private static String checkClass(String word, JavaSources sources) {
        Matcher m = CLASS.matcher(word);
        if (!m.matches() || m.group(2).chars().noneMatch(Character::isLowerCase)) {
            return null;
        }
        String packageSuffix = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1)
                .replace('.', '/');
        String name = m.group(2);
        String member = m.group(4);
        if (NOT_OURS.containsKey(name) || NOT_OURS.containsKey(word) || PLACEHOLDER.matcher(name).find()
                || NOT_OUR_PACKAGES.keySet().stream().anyMatch(p -> (packageSuffix + "/").startsWith(p))) {
            return null;
        }
        List<Declaration> declarations = sources.named(name, packageSuffix);
        if (declarations.isEmpty()) {
            String where = sources.named(name).stream().map(Declaration::file).collect(Collectors.joining(", "));
            return (packageSuffix.isEmpty() ? "no class " + name : "no class " + name + " in a package ending "
                    + packageSuffix) + " in any module's src/main/java or src/test/java. Fix: "
                    + (where.isEmpty() ? "write the name the class has now (grep -rn '" + name
                    + "' --include=*.java), or drop it; a third-party name goes in DocReferencesTest.NOT_OURS with the "
                    + "reason"
                    : "a class of that name is declared in " + where + ": write its package as it is now");
        }
        if (member != null && declarations.stream().noneMatch(d -> JavaSources.mentionsMember(d, member))) {
            String files = declarations.stream().map(Declaration::file).collect(Collectors.joining(", "));
            return "class " + name + " (" + files + ") has no member " + member + ". Fix: name the class that declares "
                    + "it now (grep -rn '\\b" + member + "\\b' --include=*.java), or drop the mention";
        }
        return null;
    }
}
