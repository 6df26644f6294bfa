package io.falbench.model;

/**
 * When a local training stops on its own training loss, as IFAL's {@code EarlyStopping(patience=5)}
 * (chenchenzong/IFAL {@code query_strategies/strategy.py} at 39c3989, lines 21-47, called after every epoch of
 * {@code training_local_only_KD}, lines 335-341): the first epoch's mean batch loss is the best so far; a later epoch
 * improves only with a strictly lower one (delta 0); {@code patience} epochs in a row without improving stop the
 * training, which then goes back to the weights of its best epoch. With {@code keepLast} it keeps its last epoch's
 * weights instead: the reference's "best" weights are {@code state_dict()}, whose tensors are the live parameters, so
 * its {@code load_best_model} restores nothing (the quirk {@code ifal-early-stop-last-weights}). A training that runs
 * out of epochs keeps its last weights either way, as the reference.
 */
public record EarlyStopping(int patience, boolean keepLast) {

    public EarlyStopping {
        if (patience < 1) {
            throw new IllegalArgumentException("early stopping needs a patience >= 1 epoch, got " + patience);
        }
    }

    /** The rule's state over one training of {@code network}. */
    Run start(Network network) {
        return new Run(network);
    }

    /** One training's best loss, epochs without improvement and (unless {@code keepLast}) best weights. */
    final class Run {

        private final Network network;
        private double best = Double.NaN;
        private int waited;
        private Weights bestWeights;
        private boolean stopped;

        private Run(Network network) {
            this.network = network;
        }

        /** Called after each epoch with its mean batch loss: whether the training stops now. */
        boolean stopsAfter(double meanBatchLoss) {
            if (Double.isNaN(best) || meanBatchLoss < best) {
                best = meanBatchLoss;
                waited = 0;
                if (!keepLast) {
                    bestWeights = network.weights();
                }
                return false;
            }
            stopped = ++waited >= patience;
            return stopped;
        }

        /** After the training: back to the best epoch's weights if it stopped early (and not {@code keepLast}). */
        void finish() {
            if (stopped && !keepLast) {
                network.setWeights(bestWeights);
            }
        }
    }
}
