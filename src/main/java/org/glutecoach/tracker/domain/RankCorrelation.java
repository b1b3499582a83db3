package org.glutecoach.tracker.domain;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Spearman's rank correlation of paired numbers: the Pearson correlation of their ranks, tied values sharing the
 * mean of their ranks. Shown only from {@value #PAIRS_NEEDED} pairs on: fewer say too little to be worth a word.
 *
 * @param coefficient from -1 to 1, or {@code null} with too few pairs or when one side never varies
 */
public record RankCorrelation(int pairs, @Nullable Double coefficient) {

    public static final int PAIRS_NEEDED = 14;

    /** A plain word for how strong the link is, from the size of the coefficient. */
    public enum Strength {
        NONE_OR_VERY_WEAK,
        WEAK,
        MODERATE,
        STRONG,
        VERY_STRONG
    }

    /** A pair: the first number of a day (hours sitting) and the second (next day's soreness). */
    public record Pair(double first, double second) {}

    public static RankCorrelation of(List<Pair> pairs) {
        if (pairs.size() < PAIRS_NEEDED) {
            return new RankCorrelation(pairs.size(), null);
        }
        var firstRanks = ranks(pairs.stream().mapToDouble(Pair::first).toArray());
        var secondRanks = ranks(pairs.stream().mapToDouble(Pair::second).toArray());
        return new RankCorrelation(pairs.size(), pearson(firstRanks, secondRanks));
    }

    public boolean shown() {
        return coefficient != null;
    }

    /** @return the strength word, or {@code null} when nothing is shown */
    public @Nullable Strength strength() {
        if (coefficient == null) {
            return null;
        }
        var size = Math.abs(coefficient);
        return size < 0.2
                ? Strength.NONE_OR_VERY_WEAK
                : size < 0.4
                        ? Strength.WEAK
                        : size < 0.6 ? Strength.MODERATE : size < 0.8 ? Strength.STRONG : Strength.VERY_STRONG;
    }

    /** Ranks from 1, ties sharing the mean of the ranks they span. */
    static double[] ranks(double[] values) {
        var order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        var ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            var shared = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = shared;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static @Nullable Double pearson(double[] x, double[] y) {
        var meanX = Arrays.stream(x).average().orElseThrow();
        var meanY = Arrays.stream(y).average().orElseThrow();
        double products = 0;
        double squaresX = 0;
        double squaresY = 0;
        for (int i = 0; i < x.length; i++) {
            products += (x[i] - meanX) * (y[i] - meanY);
            squaresX += (x[i] - meanX) * (x[i] - meanX);
            squaresY += (y[i] - meanY) * (y[i] - meanY);
        }
        if (squaresX == 0 || squaresY == 0) {
            return null;
        }
        return products / Math.sqrt(squaresX * squaresY);
    }
}
