package io.falbench.quirks;

import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.ArrayList;
import java.util.List;

/**
 * Bugs of a reference implementation that falbench can reproduce, by name, so a published number that carries one
 * can be replayed; never on unless a protocol's {@code quirks} key names it ({@code reference}: every known quirk of
 * the reference code bases: FairFAL/LoGo's, in which the published FairFAL table ran all its baselines, KAFAL's,
 * IFAL's and CHASe's).
 */
public final class Quirks {

    /** FairFAL/LoGo {@code training_local_only}: MultiStepLR stepped once per batch. */
    public static final String LOCAL_LR_PER_STEP = "local-lr-per-step";
    /** FairFAL {@code main.py get_dataset}: the long-tailed training and query sets are two independent draws. */
    public static final String LONG_TAIL_TWO_VIEWS = "long-tail-two-views";
    /** FairFAL/LoGo {@code dir_balance}: {@code torch.manual_seed(0)} after {@code main.py} seeded torch. */
    public static final String TORCH_RESEED = "torch-reseed";
    /** KAFAL {@code main.py train_epoch_client_distil}: {@code np.random.choice(n)} draws one mixup partner. */
    public static final String KAFAL_MIXUP_ONE_PARTNER = "kafal-mixup-one-partner";
    /** KAFAL {@code main.py} cycle loop: {@code private_unlab_loaders} appended to, training reads the first ones. */
    public static final String KAFAL_STALE_UNLABELLED = "kafal-stale-unlabelled";
    /** FairFAL/LoGo {@code fl_methods/scaffold.py train}: c_i's update divides by {@code cnt * self.args.lr}. */
    public static final String SCAFFOLD_BASE_LR = "scaffold-base-lr";
    /** FairFAL/LoGo {@code fl_methods/scaffold.py on_round_end}: {@code total_delta /= len(idxs_users)}. */
    public static final String SCAFFOLD_PARTICIPANT_MEAN = "scaffold-participant-mean";
    /** FairFAL/LoGo {@code fl_methods/scaffold.py}: control variates over the whole {@code state_dict()}. */
    public static final String SCAFFOLD_RUNNING_STATS = "scaffold-running-stats";
    /** IFAL {@code query_strategies/strategy.py EarlyStopping}: the "best" weights are the live {@code state_dict()}. */
    public static final String IFAL_EARLY_STOP_LAST_WEIGHTS = "ifal-early-stop-last-weights";
    /** CHASe {@code localtraining.py update_weights}: the alignment labels come from a zeroed {@code fluc_number}. */
    public static final String CHASE_ALIGN_GLOBAL = "chase-align-global";

    public static final Registry<String> REGISTRY = new Registry<>("quirk",
            Entry.of(LOCAL_LR_PER_STEP, "the local-only models' learning rate drops after local.lr_milestone"
                    + " optimizer steps instead of epochs (FairFAL/LoGo training_local_only steps its MultiStepLR"
                    + " once per batch)", LOCAL_LR_PER_STEP),
            Entry.of(LONG_TAIL_TWO_VIEWS, "the long-tailed set is drawn twice, once to train on and once to query"
                    + " (score, embed, prototypes): position i holds an image of the same class but usually another"
                    + " image in each (FairFAL main.py builds dataset_train and dataset_query separately)",
                    LONG_TAIL_TWO_VIEWS),
            Entry.of(TORCH_RESEED, "every seed draws network weights, training order and flips and the local models'"
                    + " initialisation from seed 0's streams (the reference's dir_balance calls torch.manual_seed(0)"
                    + " after main.py seeded torch with --seed, so seeds differ only through NumPy)", TORCH_RESEED),
            Entry.of(KAFAL_MIXUP_ONE_PARTNER, "KAFAL's KCFU mixes every unlabelled image of a batch with one and the"
                    + " same partner image instead of a permutation of the batch (KAFAL main.py calls"
                    + " np.random.choice(n, replace=False) without a size, which returns one index)",
                    KAFAL_MIXUP_ONE_PARTNER),
            Entry.of(KAFAL_STALE_UNLABELLED, "KAFAL's KCFU distils in every AL round on the client's unlabelled pool"
                    + " of the first AL round, samples labelled since included (KAFAL main.py appends each cycle's new"
                    + " loaders to private_unlab_loaders and trains on dataloaders['unlab-private'][c], the first"
                    + " cycle's)", KAFAL_STALE_UNLABELLED),
            Entry.of(SCAFFOLD_BASE_LR, "SCAFFOLD's client control variate update divides by K x train.lr, the"
                    + " undecayed rate, also in the rounds whose rate has decayed (FairFAL/LoGo scaffold.py train"
                    + " divides by cnt * self.args.lr while its steps use the round's lr)", SCAFFOLD_BASE_LR),
            Entry.of(SCAFFOLD_PARTICIPANT_MEAN, "SCAFFOLD's server control variate moves by the mean of the"
                    + " participants' changes instead of their sum over all N clients (FairFAL/LoGo scaffold.py"
                    + " on_round_end divides total_delta by len(idxs_users)); the same with every client taking part",
                    SCAFFOLD_PARTICIPANT_MEAN),
            Entry.of(SCAFFOLD_RUNNING_STATS, "SCAFFOLD's control variates and their correction of every local step"
                    + " also cover BatchNorm's running mean and variance (FairFAL/LoGo scaffold.py iterates over"
                    + " state_dict(), buffers included)", SCAFFOLD_RUNNING_STATS),
            Entry.of(IFAL_EARLY_STOP_LAST_WEIGHTS, "IFAL's distilled local-only model keeps its last epoch's weights"
                    + " after an early stop instead of its best epoch's (IFAL strategy.py EarlyStopping keeps"
                    + " model.state_dict(), whose tensors the optimiser goes on updating, so load_best_model restores"
                    + " nothing); only the ifal mode reads it", IFAL_EARLY_STOP_LAST_WEIGHTS),
            Entry.of(CHASE_ALIGN_GLOBAL, "CHASe's alignment loss pulls every unlabelled sample towards the global model"
                    + " and away from the previous local one, whatever its epistemic variation (CHASe localtraining.py"
                    + " derives the labels from fluc_number, zeroed just before, so every label is 0; the previous"
                    + " variations it is passed, var_labels, go unused); only the chase mode reads it",
                    CHASE_ALIGN_GLOBAL));

    public static final Key<List<String>> KEY = Key.of("quirks", "none", "none, reference, or a comma list of quirks",
            "bugs of the reference code to reproduce in every cell (falbench list); none by default",
            Quirks::parse);

    private Quirks() {
    }

    /** Whether the protocol whose values {@code options} holds turns {@code quirk} on. */
    public static boolean on(Options options, String quirk) {
        return options.get(KEY).contains(quirk);
    }

    public static List<String> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.equals("none")) {
            return List.of();
        }
        if (trimmed.equals("reference")) {
            return REGISTRY.names();
        }
        List<String> names = new ArrayList<>();
        for (String item : trimmed.split(",")) {
            if (!item.isBlank()) {
                names.add(REGISTRY.canonical(item.strip()));
            }
        }
        return List.copyOf(names);
    }
}
