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

    /**
     * Ranks from 1, ties sharing the mean of the ranks they span: each distinct value's tie group is found once in
     * the sorted values, and each value looks its group up among the distinct values (a sort of plain numbers, not
     * of boxed indexes: the five-year summary ranks six lists of over a thousand, of a few dozen distinct values).
     */
    static double[] ranks(double[] values) {
        // Plus 0.0 makes -0.0 into 0.0, which the sort and the search would tell apart and the ties do not.
        var sorted = Arrays.stream(values).map(value -> value + 0.0).toArray();
        Arrays.sort(sorted);
        var distinct = new double[sorted.length];
        var shared = new double[sorted.length];
        int groups = 0;
        int first = 0;
        while (first < sorted.length) {
            int last = first;
            while (last + 1 < sorted.length && sorted[last + 1] == sorted[first]) {
                last++;
            }
            distinct[groups] = sorted[first];
            shared[groups++] = (first + last) / 2.0 + 1;
            first = last + 1;
        }
        var ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = shared[Arrays.binarySearch(distinct, 0, groups, values[i] + 0.0)];
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
