package io.falbench.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every protocol key with its default value; the README's protocol section documents their meaning. */
public final class ProtocolKeys {

    public static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("description", "");
        DEFAULTS.put("dataset", "mnist-mini");
        DEFAULTS.put("long_tail.rho", "1");
        DEFAULTS.put("clients", "10");
        DEFAULTS.put("partitions", "homogeneous");
        DEFAULTS.put("model", "mlp");
        DEFAULTS.put("strategies", "random, margin");
        DEFAULTS.put("modes", "f-al");
        DEFAULTS.put("seeds", "1");
        DEFAULTS.put("seed", "1");
        DEFAULTS.put("al.initial", "5%");
        DEFAULTS.put("al.query", "5%");
        DEFAULTS.put("al.rounds", "8");
        DEFAULTS.put("fl.rounds", "100");
        DEFAULTS.put("fl.local_epochs", "5");
        DEFAULTS.put("fl.reinit", "true");
        DEFAULTS.put("train.batch_size", "64");
        DEFAULTS.put("train.lr", "0.01");
        DEFAULTS.put("train.momentum", "0.9");
        DEFAULTS.put("train.weight_decay", "1e-5");
        DEFAULTS.put("train.lr_decay_round", "75");
        DEFAULTS.put("train.lr_decay_factor", "0.1");
        DEFAULTS.put("train.horizontal_flip", "false");
        DEFAULTS.put("kernels", "java");
        DEFAULTS.put("al.quota", "equal");
        DEFAULTS.put("local.max_epochs", "50");
        DEFAULTS.put("local.target_accuracy", "0.99");
        DEFAULTS.put("local.finetune_epochs", "5");
        DEFAULTS.put("fairfal.delta", "0.75");
        DEFAULTS.put("fairfal.kappa", "4");
        DEFAULTS.put("fal_global.refine_rounds", "0");
        DEFAULTS.put("corrupt.clients", "0");
        DEFAULTS.put("corrupt.severity", "5");
        DEFAULTS.put("diagnostics.duplicate_cosine", "0.99");
    }

    private ProtocolKeys() {
    }

    static void requireKnown(String key, String where) {
        if (!DEFAULTS.containsKey(key)) {
            throw new IllegalArgumentException(where + ": unknown protocol key '" + key + "'; known: "
                    + String.join(", ", DEFAULTS.keySet()));
        }
    }

    /** Protocols shipped in {@code core/src/main/resources/protocols}. */
    public static List<String> shippedProtocols() {
        return List.of("quickstart", "modes-smoke", "blog-mnist", "blog-cifar10-corrupted", "fairfal-cifar10-lt",
                "fairfal-fmnist-lt");
    }
}
