package io.falbench.protocol;

import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.List;

/** The client-side models some modes query with: trained alone (S-AL, LoGo, FairFAL) or fine-tuned (FAL-Local, KAFAL). */
public record LocalModelsSection(int maxEpochs, double targetAccuracy, int fineTuneEpochs) {

    static final Key<Integer> MAX_EPOCHS = Key.integer("local.max_epochs", 50, 1, 1_000_000,
            "epoch limit of a model trained on one client's labels alone");
    static final Key<Double> TARGET_ACCURACY = Key.decimal("local.target_accuracy", "0.99", 0, 1,
            "a local-only model stops once its training accuracy reaches this");
    static final Key<Integer> FINETUNE_EPOCHS = Key.integer("local.finetune_epochs", 5, 0, 1_000_000,
            "epochs of fine-tuning the federated model on a client's labels");

    static final List<Key<?>> KEYS = List.of(MAX_EPOCHS, TARGET_ACCURACY, FINETUNE_EPOCHS);

    static LocalModelsSection from(Options o) {
        return new LocalModelsSection(o.get(MAX_EPOCHS), o.get(TARGET_ACCURACY), o.get(FINETUNE_EPOCHS));
    }
}
