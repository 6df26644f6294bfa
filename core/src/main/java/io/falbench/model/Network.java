package io.falbench.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import io.falbench.datasets.image.ImageSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A classification network on DJL's PyTorch engine: feature extractor (ending in dropout on the embedding where the
 * spec sets a rate) + linear head. Weights go in and
 * out as plain float arrays ({@link Weights}); nothing native leaves this class.
 */
public final class Network implements AutoCloseable {

    /**
     * Images per inference batch, as a training batch: a CNN4Conv activation of 64 MNIST images (6.4 MB) is reused
     * from the C heap, where one of 512 (51 MB) lies above glibc's largest mmap threshold and is mapped and faulted
     * in afresh by every layer (inference then ran at a third of the training rate). Predictions are identical.
     */
    private static final int INFERENCE_BATCH = 64;
    private static final Object SEEDED_INITIALISATION = new Object();

    private final Architecture architecture;
    private final Normalization normalization;
    private final MemoryFormat memoryFormat;
    private final Precision precision;
    private final Model model;
    private final SequentialBlock root;
    private final Block features;
    /** Dropout on the embedding, the last layer of {@link #features}; null without dropout. */
    private final EmbeddingDropout dropout;
    private final Block head;
    /** The head's parameter names start with this (its block key and "_"). */
    private final String headPrefix;
    private final int channels;
    private final int height;
    private final int width;
    private final int numClasses;
    private final LocalStep step = new LocalStep();
    private Trainer trainer;

    private Network(NetworkSpec spec, long seed) {
        this.architecture = spec.architecture();
        this.normalization = spec.normalization();
        this.memoryFormat = spec.memoryFormat();
        this.precision = spec.precision();
        precision.requireSupported();
        this.channels = spec.channels();
        this.height = spec.height();
        this.width = spec.width();
        this.numClasses = spec.numClasses();
        // the engine's random generator is one per process: seeding, building and drawing the initial weights are
        // one step, or two cells created at once in one process (Spark's local[N]) would draw from each other's stream
        synchronized (SEEDED_INITIALISATION) {
            Engine.getEngine("PyTorch").setRandomSeed((int) (seed ^ (seed >>> 32)));
            SequentialBlock extractor = architecture.features(channels, height, width);
            this.dropout = spec.dropout() > 0 ? new EmbeddingDropout(spec.dropout()) : null;
            if (dropout != null) {
                extractor.add(dropout);
            }
            this.features = extractor;
            this.head = Linear.builder().setUnits(numClasses).build();
            this.root = new SequentialBlock().add(features).add(head);
            this.model = Model.newInstance(architecture.id(), Device.cpu(), "PyTorch");
            model.setBlock(root);
            root.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(1));
            this.headPrefix = root.getChildren().get(1).getKey() + "_";
            spec.initialization().apply(root.getParameters(), headPrefix, architecture, seed);
        }
    }

    /**
     * Readies the calling thread for training and inference: PyTorch's grad mode is per thread and on in a new thread,
     * and DJL turns it off only on the thread that loaded the engine; training records gradients in its own scope
     * (GradientScope). Every thread that runs a cell (a Spark task's, a client worker's) calls this first.
     */
    public static void prepareThread() {
        Engine.getEngine("PyTorch");
        JniUtils.setGradMode(false);
    }

    /** A freshly initialised network; the same seed gives the same initial weights. */
    public static Network create(NetworkSpec spec, long seed) {
        return new Network(spec, seed);
    }

    /** A network with DJL's initialisation and no input normalisation. */
    public static Network create(Architecture architecture, int channels, int height, int width, int numClasses,
                                 long seed) {
        return create(NetworkSpec.plain(architecture, channels, height, width, numClasses), seed);
    }

    /** The input normalisation every batch gets (training and inference). */
    Normalization normalization() {
        return normalization;
    }

    public Architecture architecture() {
        return architecture;
    }

    public int numClasses() {
        return numClasses;
    }

    public int embeddingDimension() {
        return architecture.embeddingDimension(height, width);
    }

    /**
     * The network's one trainer, its optimizer state reset for a new local training (fresh momentum, given
     * hyper-parameters). One trainer per network keeps native memory flat over thousands of FedAvg client updates.
     */
    Trainer trainer(TrainingSettings settings) {
        if (trainer == null) {
            trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()).optOptimizer(step));
        }
        step.reset(settings);
        return trainer;
    }

    /**
     * Continues the running local training from this optimiser state (SGD's momentum buffers, Adam's moments and step
     * counts), keyed by parameter name (call after {@link #trainer}).
     */
    void carryMomentum(Map<String, float[]> state) {
        Map<String, String> ids = new HashMap<>();
        for (Pair<String, Parameter> parameter : root.getParameters()) {
            ids.put(parameter.getKey(), parameter.getValue().getId());
        }
        step.active().carry(renamed(state, ids));
    }

    /**
     * The optimiser state of the running (or last) local training, keyed by parameter name, so that it carries over
     * to any network of the architecture (the optimiser knows a parameter by its instance id).
     */
    Map<String, float[]> momentum() {
        Map<String, String> names = new HashMap<>();
        for (Pair<String, Parameter> parameter : root.getParameters()) {
            names.put(parameter.getValue().getId(), parameter.getKey());
        }
        return renamed(step.active().state(), names);
    }

    /**
     * {@code state} with each key's parameter (the part before a {@code #} suffix) renamed by {@code names}; keys of
     * parameters not named there are dropped.
     */
    static Map<String, float[]> renamed(Map<String, float[]> state, Map<String, String> names) {
        Map<String, float[]> out = new HashMap<>();
        state.forEach((key, value) -> {
            int cut = key.indexOf('#');
            String parameter = cut < 0 ? key : key.substring(0, cut);
            String name = names.get(parameter);
            if (name != null) {
                out.put(cut < 0 ? name : name + key.substring(cut), value);
            }
        });
        return out;
    }

    /** The learning rate the last local training ended with. */
    float learningRate() {
        return step.active().learningRate();
    }

    /**
     * The stream the dropout masks of training-mode passes are drawn from from now on (the local training's; nothing
     * is drawn without dropout).
     */
    void drawDropoutFrom(SplittableRandom random) {
        if (dropout != null) {
            dropout.drawFrom(random);
        }
    }

    /** Scales the running local training's learning rate (see {@link LocalSchedule}). */
    void scaleLearningRate(float factor) {
        step.active().scaleLearningRate(factor);
    }

    Shape inputShape(int batch) {
        return new Shape(batch, channels, height, width);
    }

    /** The normalised NCHW pixels of {@code batch} images as an input array on {@code manager}, in this network's memory format. */
    NDArray input(NDManager manager, float[] pixels, int batch) {
        return memoryFormat.input(manager, pixels, batch, channels, height, width);
    }

    /**
     * The logits of a training batch through {@code trainer}, with gradients (inside a {@link GradientScope}), in this
     * network's precision and returned as fp32.
     */
    NDArray trainingLogits(Trainer trainer, NDArray input) {
        if (precision == Precision.FP32) {
            return trainer.forward(new NDList(input)).singletonOrThrow();
        }
        NDArray logits;
        try (Autocast scope = Autocast.bfloat16()) {
            logits = trainer.forward(new NDList(input)).singletonOrThrow();
        }
        return asFloat32(logits);
    }

    /** {@code block}'s output for {@code input} in this network's precision, returned as fp32. */
    private NDArray forward(Block block, NDManager manager, NDArray input, boolean training) {
        ParameterStore store = new ParameterStore(manager, false);
        if (precision == Precision.FP32) {
            return block.forward(store, new NDList(input), training).singletonOrThrow();
        }
        NDArray output;
        try (Autocast scope = Autocast.bfloat16()) {
            output = block.forward(store, new NDList(input), training).singletonOrThrow();
        }
        return asFloat32(output);
    }

    /**
     * An autocast output (bfloat16, or fp32 where the last op promoted it) as fp32, exactly and inside the autograd
     * graph: plus an fp32 zero, by type promotion. DJL's {@code toType} would detach it, and reports a bfloat16 array's
     * type as UNKNOWN.
     */
    private static NDArray asFloat32(NDArray output) {
        return output.add(output.getManager().zeros(new Shape(1)));
    }

    /**
     * Zeroes the gradients of this network's parameters after an optimizer step (PyTorch accumulates them; DJL's
     * own SGD kernel cleared them as a side effect, {@link ResettableSgd} does not). Only this network's parameters
     * are visited, not every array of the engine.
     */
    void zeroGradients() {
        for (Pair<String, Parameter> parameter : root.getParameters()) {
            NDArray array = parameter.getValue().getArray();
            if (array.hasGradient()) {
                try (NDArray gradient = array.getGradient()) {
                    gradient.subi(gradient);
                }
            }
        }
    }

    /** The parameters by name, in block order (BatchNorm running statistics included). */
    PairList<String, Parameter> parameters() {
        return root.getParameters();
    }

    /** The names of the parameters SGD trains (all but BatchNorm's running statistics), in block order. */
    public List<String> trainedParameters() {
        List<String> names = new ArrayList<>();
        for (Pair<String, Parameter> parameter : root.getParameters()) {
            if (parameter.getValue().requiresGradient()) {
                names.add(parameter.getKey());
            }
        }
        return names;
    }

    /** Every parameter (BatchNorm running statistics included) as float arrays. */
    public Weights weights() {
        List<String> names = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        for (Pair<String, Parameter> parameter : root.getParameters()) {
            names.add(parameter.getKey());
            values.add(parameter.getValue().getArray().toFloatArray());
        }
        return new Weights(names, values);
    }

    /** The linear head held in {@code weights} (weights of this network's architecture), copied. */
    public LinearHead head(Weights weights) {
        return new LinearHead(weights.valuesOf(headPrefix + "weight").clone(),
                weights.valuesOf(headPrefix + "bias").clone(), numClasses, embeddingDimension());
    }

    public void setWeights(Weights weights) {
        int i = 0;
        for (Pair<String, Parameter> parameter : root.getParameters()) {
            if (i >= weights.values().size() || !parameter.getKey().equals(weights.names().get(i))) {
                throw new IllegalArgumentException("weights do not fit this " + architecture.id()
                        + " network at parameter " + parameter.getKey());
            }
            NDArray array = parameter.getValue().getArray();
            float[] value = weights.values().get(i);
            if (array.size() != value.length) {
                throw new IllegalArgumentException("parameter " + parameter.getKey() + " holds " + array.size()
                        + " values, the weights give " + value.length);
            }
            array.set(value);
            i++;
        }
    }

    /**
     * The logits of one batch of (normalised) pixels, forwarded in training mode without gradients: BatchNorm on the
     * batch's statistics (and dropout on, where the network has it), as a PyTorch module left in train() scores a
     * batch under no_grad. The running statistics move as well; the caller restores the weights it needs.
     */
    float[] trainingModeLogits(float[] pixels, int batchSize) {
        try (NDManager batch = model.getNDManager().newSubManager()) {
            NDArray x = input(batch, pixels, batchSize);
            return forward(root, batch, x, true).toFloatArray();
        }
    }

    /**
     * The logits of an input batch made by another network of the same recipe, in inference mode (BatchNorm on the
     * running statistics) and outside any autograd graph: a frozen teacher's view of a student's training batch.
     */
    NDArray frozenLogits(NDArray input) {
        boolean gradients = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            return forward(root, input.getManager(), input, false);
        } finally {
            JniUtils.setGradMode(gradients);
        }
    }

    /**
     * The size of the parts that split {@code n} images into at most {@code parts} runs of whole inference batches (the
     * last part may be shorter): each part predicted on its own forms the same batches as one pass over all {@code n}.
     */
    public static int batchAlignedPart(int n, int parts) {
        int batches = (n + INFERENCE_BATCH - 1) / INFERENCE_BATCH;
        return Math.max(1, (batches + parts - 1) / parts) * INFERENCE_BATCH;
    }

    /** Softmax probabilities and penultimate embeddings of the images at {@code indices}, in batches. */
    public Predictions predict(ImageSet images, int[] indices) {
        return predict(images, indices, Augmentation.NONE, null);
    }

    /**
     * The predicted classes of the images at {@code indices}, each augmented with draws from {@code random} (training
     * accuracy as a training loader with random flips shows it; {@link Augmentation#NONE}: the images as they are).
     */
    public int[] predictedClasses(ImageSet images, int[] indices, Augmentation augmentation, SplittableRandom random) {
        int[] classes = new int[indices.length];
        for (int start = 0; start < indices.length; start += INFERENCE_BATCH) {
            int end = Math.min(indices.length, start + INFERENCE_BATCH);
            try (NDManager batch = model.getNDManager().newSubManager()) {
                float[] probabilities = inference(batch, images, indices, start, end, augmentation, random)
                        .get(1).softmax(1).toFloatArray();
                for (int i = start; i < end; i++) {
                    classes[i] = Predictions.argMax(probabilities, (i - start) * numClasses, numClasses);
                }
            }
        }
        return classes;
    }

    /** The logits of the images at {@code indices} in inference mode, n x classes row-major, in batches. */
    public float[] logits(ImageSet images, int[] indices) {
        float[] out = new float[indices.length * numClasses];
        for (int start = 0; start < indices.length; start += INFERENCE_BATCH) {
            int end = Math.min(indices.length, start + INFERENCE_BATCH);
            try (NDManager batch = model.getNDManager().newSubManager()) {
                float[] z = inference(batch, images, indices, start, end, Augmentation.NONE, null).get(1)
                        .toFloatArray();
                System.arraycopy(z, 0, out, start * numClasses, z.length);
            }
        }
        return out;
    }

    /**
     * Monte Carlo dropout: the softmax probabilities of {@code passes} forward passes over the images at
     * {@code indices} with dropout on and BatchNorm in inference mode (running statistics). The feature extractor is
     * deterministic up to the dropout on its output, so each batch's embeddings are computed once and only the head
     * runs per pass. The masks are drawn from {@code seed}, image by image in {@code indices} order, pass by pass: the
     * same seed gives the same passes, whatever the batching.
     */
    public DropoutPredictions dropoutPredictions(ImageSet images, int[] indices, int passes, long seed) {
        if (dropout == null) {
            throw new IllegalStateException("this " + architecture.id() + " network has no dropout"
                    + " (model.dropout = 0): its passes would all be equal");
        }
        if (passes < 1) {
            throw new IllegalArgumentException(passes + " dropout passes; at least 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int dimension = embeddingDimension();
        int n = indices.length;
        float[] probabilities = new float[passes * n * numClasses];
        for (int start = 0; start < n; start += INFERENCE_BATCH) {
            int end = Math.min(n, start + INFERENCE_BATCH);
            int size = end - start;
            float[] masks = new float[passes * size * dimension];
            for (int i = 0; i < size; i++) {
                for (int pass = 0; pass < passes; pass++) {
                    int base = (pass * size + i) * dimension;
                    for (int d = 0; d < dimension; d++) {
                        masks[base + d] = dropout.mask(random);
                    }
                }
            }
            try (NDManager batch = model.getNDManager().newSubManager()) {
                NDArray embedding = embedding(batch, images, indices, start, end, Augmentation.NONE, null);
                NDArray dropped = embedding.expandDims(0).mul(batch.create(masks, new Shape(passes, size, dimension)))
                        .reshape(passes * size, dimension);
                float[] p = forward(head, batch, dropped, false).softmax(1).toFloatArray();
                for (int pass = 0; pass < passes; pass++) {
                    System.arraycopy(p, pass * size * numClasses, probabilities, (pass * n + start) * numClasses,
                            size * numClasses);
                }
            }
        }
        return new DropoutPredictions(probabilities, passes, n, numClasses);
    }

    private Predictions predict(ImageSet images, int[] indices, Augmentation augmentation, SplittableRandom random) {
        int dimension = embeddingDimension();
        float[] probabilities = new float[indices.length * numClasses];
        float[] embeddings = new float[indices.length * dimension];
        for (int start = 0; start < indices.length; start += INFERENCE_BATCH) {
            int end = Math.min(indices.length, start + INFERENCE_BATCH);
            try (NDManager batch = model.getNDManager().newSubManager()) {
                NDList out = inference(batch, images, indices, start, end, augmentation, random);
                System.arraycopy(out.get(1).softmax(1).toFloatArray(), 0, probabilities, start * numClasses,
                        (end - start) * numClasses);
                System.arraycopy(out.get(0).toFloatArray(), 0, embeddings, start * dimension,
                        (end - start) * dimension);
            }
        }
        return new Predictions(probabilities, embeddings, indices.length, numClasses, dimension);
    }

    /** The embeddings and logits of the images at {@code indices[start, end)}, in inference mode, on {@code batch}. */
    private NDList inference(NDManager batch, ImageSet images, int[] indices, int start, int end,
                             Augmentation augmentation, SplittableRandom random) {
        NDArray embedding = embedding(batch, images, indices, start, end, augmentation, random);
        return new NDList(embedding, forward(head, batch, embedding, false));
    }

    /** The embeddings of the images at {@code indices[start, end)}, in inference mode, on {@code batch}. */
    private NDArray embedding(NDManager batch, ImageSet images, int[] indices, int start, int end,
                              Augmentation augmentation, SplittableRandom random) {
        NDArray x = input(batch, Batches.pixels(images, indices, start, end, augmentation, random, normalization),
                end - start);
        return forward(features, batch, x, false);
    }

    @Override
    public void close() {
        if (trainer != null) {
            trainer.close();
        }
        step.close();
        model.close();
    }
}
