package io.falbench.protocol;

import io.falbench.model.AccuracyStop;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.List;
import java.util.Map;

/** The client-side models some modes query with: trained alone (S-AL, LoGo, FairFAL) or fine-tuned (FAL-Local, KAFAL). */
public record LocalModelsSection(int maxEpochs, AccuracyStop stop, int fineTuneEpochs, int lrMilestone,
                                 boolean sharedInit) {

    static final Key<Integer> MAX_EPOCHS = Key.integer("local.max_epochs", 50, 1, 1_000_000,
            "epoch limit of a model trained on one client's labels alone");
    static final Key<Double> TARGET_ACCURACY = Key.decimal("local.target_accuracy", "0.99", 0, 1,
            "a local-only model stops once its training accuracy reaches this");
    static final Key<Boolean> ACCURACY_VIEW = Key.choice("local.accuracy_view", "augmented",
            List.of(Map.entry("augmented", true), Map.entry("plain", false)),
            "images the stop rule's training accuracy is measured on: augmented as in training (reference: random"
                    + " flips on, as training_local_only iterates its training loader) or plain");
    static final Key<Integer> FINETUNE_EPOCHS = Key.integer("local.finetune_epochs", 5, 0, 1_000_000,
            "epochs of fine-tuning the federated model on a client's labels");

    static final Key<Integer> LR_MILESTONE = Key.integer("local.lr_milestone", 37, 0, 1_000_000,
            "epoch from which a local-only model trains at lr x0.1 (reference: int(3/4 x 50) = 37; 0: constant lr)");
    static final Key<Boolean> SHARED_INIT = Key.bool("local.shared_init", true,
            "every client's local-only model of an AL round starts from one shared initial checkpoint (reference)");

    static final List<Key<?>> KEYS = List.of(MAX_EPOCHS, TARGET_ACCURACY, ACCURACY_VIEW, FINETUNE_EPOCHS, LR_MILESTONE,
            SHARED_INIT);

    static LocalModelsSection from(Options o) {
        AccuracyStop stop = new AccuracyStop(o.get(TARGET_ACCURACY), o.get(ACCURACY_VIEW));
        return new LocalModelsSection(o.get(MAX_EPOCHS), stop, o.get(FINETUNE_EPOCHS), o.get(LR_MILESTONE),
                o.get(SHARED_INIT));
    }
}
