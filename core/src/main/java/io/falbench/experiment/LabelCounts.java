package io.falbench.experiment;

/**
 * Labels held at a round's evaluation, and the queries of the step that follows it.
 *
 * @param perClientPerClass labels held, client by class
 * @param queriedPerClient  labels each client acquired in the following query step
 */
public record LabelCounts(int labelled, double labelledFraction, int[] perClass, int[] perClient,
                          int[][] perClientPerClass, int[] queriedPerClient) {
}
