package io.falbench.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogoBalancedDirichletTest {

    @Test
    void countsRoundUpDropEntriesOfAtMostOneAndAddOneBelowAlphaTen() {
        double[][] p = {{0.5, 0.02, 0.01}, {0.5, 0.98, 0.99}};
        int[] sizes = {10, 100, 100};
        // ceil: 5, 2, 1 / 5, 98, 99
        assertThat(LogoBalancedDirichlet.counts(p, sizes, 0.1)).isEqualTo(new long[][] {{6, 3, 0}, {6, 99, 100}});
        assertThat(LogoBalancedDirichlet.counts(p, sizes, 100)).isEqualTo(new long[][] {{5, 2, 0}, {5, 98, 99}});
    }

    @Test
    void normalisationMeetsLogosTargets() {
        SplittableRandom random = new SplittableRandom(4);
        for (double alpha : new double[] {0.1, 1, 100}) {
            double[][] p = new LogoBalancedDirichlet(alpha).proportions(20, 10, random);
            double epsilon = Math.min(1, Math.min(2.0, 0.5)) / 1000;
            double rowTarget = alpha < 10 ? 1 : 0.5;
            double columnTarget = alpha < 10 ? 2 : 1;
            for (double[] row : p) {
                double s = 0;
                for (double v : row) {
                    s += v;
                }
                assertThat(s).isGreaterThan(rowTarget - epsilon);
                if (alpha >= 10) {
                    assertThat(s).isLessThan(rowTarget + epsilon);
                }
            }
            for (int c = 0; c < 10; c++) {
                final int col = c;
                double s = IntStream.range(0, 20).mapToDouble(k -> p[k][col]).sum();
                assertThat(s).isGreaterThan(columnTarget - epsilon);
            }
        }
    }

    @Test
    void randomFillCapsClientsAtTheCeilingAndHandsLeftoversToClientsStillShort() {
        // 10 samples, 2 clients: cap 5. Client 0 asks 3 of class 0 per pass, client 1 one of class 1 per pass.
        List<List<Integer>> byClass = List.of(List.of(0, 1, 2, 3, 4, 5), List.of(6, 7, 8, 9));
        long[][] x = {{3, 0}, {0, 1}};
        List<List<Integer>> clients = LogoBalancedDirichlet.randomFill(x, byClass, 10, new SplittableRandom(1));
        // pass 1: 3 + 1; pass 2: client 0 capped at 5 (2 more), client 1 one more; passes 3-4 drain class 1;
        // class 0's last sample is left and fills client 1 (4 < 5).
        assertThat(clients.get(0)).hasSize(5).allMatch(i -> i < 6);
        assertThat(clients.get(1)).hasSize(5).containsAll(List.of(6, 7, 8, 9));
        assertThat(clients.get(1).stream().filter(i -> i < 6)).hasSize(1);
    }

    @Test
    void fromAlphaTenEachClassIsCutIntoConsecutiveBlocksTheLastClientTakingTheRest() {
        List<List<Integer>> byClass = List.of(List.of(10, 11, 12, 13, 14));
        assertThat(LogoBalancedDirichlet.consecutiveBlocks(new long[][] {{3}, {4}}, byClass))
                .isEqualTo(List.of(List.of(10, 11, 12), List.of(13, 14)));
        assertThat(LogoBalancedDirichlet.consecutiveBlocks(new long[][] {{2}, {2}}, byClass))
                .isEqualTo(List.of(List.of(10, 11), List.of(12, 13, 14)));
        assertThat(LogoBalancedDirichlet.consecutiveBlocks(new long[][] {{6}, {1}}, byClass))
                .isEqualTo(List.of(List.of(10, 11, 12, 13, 14), List.of()));
    }
}
