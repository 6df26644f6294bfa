package io.falbench.experiment;

/** Test-set metrics of a classifier: accuracy, balanced accuracy (mean per-class recall) and macro F1. */
public record Metrics(double accuracy, double balancedAccuracy, double macroF1) {

    public static Metrics of(int[] truth, int[] predicted, int numClasses) {
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException("metrics need equal, non-empty label arrays");
        }
        long[] truePositive = new long[numClasses];
        long[] actual = new long[numClasses];
        long[] predictedCount = new long[numClasses];
        long correct = 0;
        for (int i = 0; i < truth.length; i++) {
            actual[truth[i]]++;
            predictedCount[predicted[i]]++;
            if (truth[i] == predicted[i]) {
                truePositive[truth[i]]++;
                correct++;
            }
        }
        double recallSum = 0;
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < numClasses; c++) {
            if (actual[c] == 0) {
                continue;
            }
            present++;
            double recall = (double) truePositive[c] / actual[c];
            double precision = predictedCount[c] == 0 ? 0 : (double) truePositive[c] / predictedCount[c];
            recallSum += recall;
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return new Metrics((double) correct / truth.length, recallSum / present, f1Sum / present);
    }
}
