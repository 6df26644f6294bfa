package io.falbench.datasets.transform;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Fisher-Yates shuffles driven by a {@link SplittableRandom}, so every shuffle replays from its seed. */
public final class Shuffle {

    private Shuffle() {
    }

    public static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, random.nextInt(i + 1));
        }
    }

    public static void shuffle(int[] items, SplittableRandom random) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }
}
