package io.falbench.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The known names closest to a mistyped one, by optimal-string-alignment edit distance (Damerau 1964: insertions,
 * deletions, substitutions and swaps of neighbours), within a third of the name's length; a known name that starts
 * with the typed one also counts.
 */
final class NearestNames {

    private NearestNames() {
    }

    static List<String> of(String typed, Collection<String> known) {
        int limit = Math.max(1, typed.length() / 3);
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String name : known) {
            int distance = name.startsWith(typed) && !typed.isEmpty() ? 1 : distance(typed, name);
            if (distance > limit || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            nearest.add(name);
        }
        return nearest;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
