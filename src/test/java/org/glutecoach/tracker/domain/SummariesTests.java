package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.glutecoach.tracker.EntryView;
import org.glutecoach.tracker.Side;
import org.glutecoach.tracker.SittingHabit;
import org.junit.jupiter.api.Test;

/** A period's series and findings: gaps stay gaps, and each side is read on its own. */
class SummariesTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

    @Test
    void aDayWithNoEntryIsAGapNotAZero() {
        var entries = List.of(entry(FIRST, 8.0, 4, null, List.of()), entry(FIRST.plusDays(2), 6.0, 2, 0, List.of()));

        var summary = Summaries.of(entries, FIRST, FIRST.plusDays(2));

        assertThat(summary.daysLogged()).isEqualTo(2);
        assertThat(summary.days()).hasSize(3);
        assertThat(summary.days().get(1).logged()).isFalse();
        assertThat(summary.days().get(1).hoursSitting()).isNull();
        var left = summary.side(Side.LEFT).soreness();
        assertThat(left.get(1).value()).isNull();
        assertThat(left.get(1).rollingMean()).as("the line breaks too").isNull();
        assertThat(left.get(2).rollingMean()).as("mean of 4 and 2").isEqualTo(3.0);
        var right = summary.side(Side.RIGHT);
        assertThat(right.daysRated()).as("not said on day 1, 0 on day 3").isEqualTo(1);
        assertThat(right.soreness().get(2).value()).isZero();
    }

    @Test
    void sittingIsPairedWithTheNextDaysSorenessOnEachSide() {
        var entries = new ArrayList<EntryView>();
        for (int i = 0; i < 15; i++) {
            // More sitting, sorer on the left the next day; the right side stays put.
            entries.add(entry(
                    FIRST.plusDays(i),
                    4.0 + (i % 5),
                    i == 0 ? 3 : 2 + ((i - 1) % 5),
                    1,
                    i % 2 == 0 ? List.of(SittingHabit.WALLET_IN_BACK_POCKET) : List.of()));
        }

        var summary = Summaries.of(entries, FIRST, FIRST.plusDays(14));

        var left = summary.side(Side.LEFT);
        assertThat(left.pairs()).isEqualTo(14);
        assertThat(left.correlation())
                .as("next day soreness follows the hours exactly")
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(left.strength()).isEqualTo("VERY_STRONG");
        var right = summary.side(Side.RIGHT);
        assertThat(right.pairs()).isEqualTo(14);
        assertThat(right.correlation()).as("never varies: nothing to rank").isNull();
        assertThat(left.walletDays()).isEqualTo(7);
        assertThat(left.noWalletDays()).isEqualTo(7);
        assertThat(summary.side(Side.MIDDLE).pairs()).isZero();
    }

    private static EntryView entry(
            LocalDate date, Double hours, Integer left, Integer right, List<SittingHabit> sitting) {
        return new EntryView(
                date, hours, null, null, left, right, null, false, sitting, false, false, null, null, null);
    }
}
