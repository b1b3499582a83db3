package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.glutecoach.tracker.domain.RankCorrelation.Pair;
import org.glutecoach.tracker.domain.RankCorrelation.Strength;
import org.junit.jupiter.api.Test;

/** Spearman's rank correlation against values worked out by hand. */
class RankCorrelationTests {

    @Test
    void twoSwapsInFourteenPairsGiveOneMinusTwentyFourOverTwoThousandSevenHundredAndThirty() {
        // Without ties rho = 1 - 6 * sum(d^2) / (n (n^2 - 1)). Swapping ranks 1<->2 and 3<->4 of the second list
        // gives d^2 = 1 + 1 + 1 + 1 = 4; n = 14 so n (n^2 - 1) = 2730: rho = 1 - 24 / 2730 = 0.991209 ...
        var second = new int[] {2, 1, 4, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
        var pairs = new ArrayList<Pair>();
        for (int i = 0; i < 14; i++) {
            pairs.add(new Pair(i + 1, second[i]));
        }
        var rho = RankCorrelation.of(pairs);
        assertThat(rho.pairs()).isEqualTo(14);
        assertThat(rho.coefficient()).isCloseTo(1 - 24.0 / 2730, within(1e-12));
        assertThat(rho.strength()).isEqualTo(Strength.VERY_STRONG);
    }

    @Test
    void theOrderMattersNotTheSizeOfTheNumbers() {
        var pairs = new ArrayList<Pair>();
        for (int i = 0; i < 14; i++) {
            // Hours 0.5 ... 7 against soreness that falls: a perfect negative rank order, whatever the spacing.
            pairs.add(new Pair(0.5 * (i + 1), 10 - Math.floor(i * 0.7)));
        }
        // Soreness 10, 10, 9, 8, 8, 7, 6, 6, 5, 4, 3, 3, 2, 1: ties share ranks, so not exactly -1.
        var rho = RankCorrelation.of(pairs).coefficient();
        assertThat(rho).isNotNull().isCloseTo(-0.99559469, within(1e-7));
    }

    @Test
    void tiedValuesShareTheMeanOfTheirRanks() {
        assertThat(RankCorrelation.ranks(new double[] {10, 20, 20, 30})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(RankCorrelation.ranks(new double[] {7, 7, 7})).containsExactly(2, 2, 2);
    }

    @Test
    void eachRankIsTheValuesBelowItPlusTheMiddleOfItsTies() {
        // The definition counted out for every value (quadratic, plainly right), against the sort and search, over
        // seeded lists with many ties: half hours 0-24 and ratings 0-10, as a summary's pairs have.
        var random = new Random(15);
        for (int list = 0; list < 300; list++) {
            var values = new double[1 + random.nextInt(400)];
            var kinds = random.nextBoolean() ? 49 : 11;
            for (int i = 0; i < values.length; i++) {
                values[i] = kinds == 49 ? random.nextInt(49) / 2.0 : random.nextInt(11);
            }
            var expected = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                int below = 0;
                int same = 0;
                for (var other : values) {
                    below += other < values[i] ? 1 : 0;
                    same += other == values[i] ? 1 : 0;
                }
                expected[i] = below + (same + 1) / 2.0;
            }
            assertThat(RankCorrelation.ranks(values)).containsExactly(expected);
        }
    }

    @Test
    void withTiesItIsThePearsonCorrelationOfTheRanks() {
        // x ranks 1..14; y = 0 for the first 7 pairs and 1 for the last 7: y ranks 4 and 11.
        // Pearson of (1..14) with (4 x7, 11 x7): cov = 3.5 * sum over i of (x_i - 7.5) sign ... worked out:
        // sum (x - 7.5)(y - 7.5) = 3.5 * (sum_{8..14}(x - 7.5) - sum_{1..7}(x - 7.5)) = 3.5 * (24.5 + 24.5) = 171.5
        // sum (x - 7.5)^2 = 227.5; sum (y - 7.5)^2 = 14 * 12.25 = 171.5; rho = 171.5 / sqrt(227.5 * 171.5).
        var pairs = new ArrayList<Pair>();
        for (int i = 1; i <= 14; i++) {
            pairs.add(new Pair(i, i <= 7 ? 0 : 1));
        }
        assertThat(RankCorrelation.of(pairs).coefficient()).isCloseTo(171.5 / Math.sqrt(227.5 * 171.5), within(1e-12));
    }

    @Test
    void nothingIsShownBelowFourteenPairsOrWhenOneSideNeverChanges() {
        var thirteen = new ArrayList<Pair>();
        for (int i = 0; i < 13; i++) {
            thirteen.add(new Pair(i, i));
        }
        assertThat(RankCorrelation.of(thirteen).shown()).isFalse();
        assertThat(RankCorrelation.of(thirteen).pairs()).isEqualTo(13);
        var flat = new ArrayList<Pair>();
        for (int i = 0; i < 20; i++) {
            flat.add(new Pair(8, i));
        }
        assertThat(RankCorrelation.of(flat).coefficient()).isNull();
    }

    @Test
    void theStrengthWordFollowsTheSizeEitherWay() {
        assertThat(new RankCorrelation(14, 0.19).strength()).isEqualTo(Strength.NONE_OR_VERY_WEAK);
        assertThat(new RankCorrelation(14, -0.2).strength()).isEqualTo(Strength.WEAK);
        assertThat(new RankCorrelation(14, 0.45).strength()).isEqualTo(Strength.MODERATE);
        assertThat(new RankCorrelation(14, -0.65).strength()).isEqualTo(Strength.STRONG);
        assertThat(new RankCorrelation(14, 0.8).strength()).isEqualTo(Strength.VERY_STRONG);
        assertThat(new RankCorrelation(3, null).strength()).isNull();
    }

    @Test
    void theWalletComparisonNeedsFiveDaysInEachGroup() {
        var days = new ArrayList<HabitComparison.Day>();
        List.of(6, 5, 7, 6, 6).forEach(s -> days.add(new HabitComparison.Day(true, s)));
        List.of(3, 2, 4, 3).forEach(s -> days.add(new HabitComparison.Day(false, s)));
        assertThat(HabitComparison.of(days).meanWith())
                .as("only 4 days without")
                .isNull();
        days.add(new HabitComparison.Day(false, 3));
        var compared = HabitComparison.of(days);
        assertThat(compared.meanWith()).isEqualTo(6.0);
        assertThat(compared.meanWithout()).isEqualTo(3.0);
    }
}
