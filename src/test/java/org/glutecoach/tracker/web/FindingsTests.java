package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.glutecoach.tracker.EntryView;
import org.glutecoach.tracker.Side;
import org.glutecoach.tracker.SittingHabit;
import org.glutecoach.tracker.domain.Summaries;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The findings are grouped for the words: a kind of finding no side has enough days for is said once with how far
 * each side has got, and each side keeps only the kinds that are its own.
 */
class FindingsTests {

    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void aFewDaysAreThreeKindsNotYetSaidOnceWithNothingLeftPerSide() {
        // 5 days, left and right rated, the middle never; a wallet on the first 2.
        var entries = new ArrayList<EntryView>();
        for (int back = 4; back >= 0; back--) {
            entries.add(day(back, 3, 3, null, back >= 3));
        }

        var findings = Findings.of(Summaries.of(entries, TO.minusDays(27), TO));

        assertThat(findings.sides()).as("nothing left to say per side").isEmpty();
        assertThat(findings.change()).isNotNull();
        assertThat(findings.change().counts()).as("days rated per side").containsExactly(5, 5, 0);
        assertThat(findings.change().same()).isFalse();
        assertThat(findings.change().more())
                .as("14 less the 5 of the sides furthest on")
                .isEqualTo(9);
        assertThat(findings.link()).isNotNull();
        assertThat(findings.link().counts()).as("pairs per side").containsExactly(4, 4, 0);
        assertThat(findings.link().more()).isEqualTo(10);
        assertThat(findings.wallet()).isNotNull();
        assertThat(findings.wallet().counts())
                .as("wallet days followed by a rating")
                .containsExactly(2, 2, 0);
        assertThat(findings.wallet().without()).containsExactly(2, 2, 0);
    }

    @Test
    void sidesRatedAlikeAreOneCountForAll() {
        var entries = new ArrayList<EntryView>();
        for (int back = 2; back >= 0; back--) {
            entries.add(day(back, 4, 4, 4, false));
        }

        var findings = Findings.of(Summaries.of(entries, TO.minusDays(27), TO));

        assertThat(findings.change().same()).isTrue();
        assertThat(findings.change().counts()).containsOnly(3);
        assertThat(findings.change().more()).isEqualTo(11);
        assertThat(findings.link().same()).isTrue();
        assertThat(findings.wallet().same()).isTrue();
        assertThat(findings.wallet().without()).containsOnly(2);
    }

    @Test
    void onceOneSideHasEnoughEachSideSaysItsOwnAndOnlyWhatIsNotYetForAllIsSaidOnce() {
        // 20 days: the left rated every day, the right only the last 5; hours vary; never a wallet.
        var entries = new ArrayList<EntryView>();
        for (int back = 19; back >= 0; back--) {
            entries.add(day(back, 2 + back % 3, back < 5 ? 1 : null, null, false));
        }

        var summary = Summaries.of(entries, TO.minusDays(27), TO);
        var findings = Findings.of(summary);

        assertThat(findings.change()).as("the left has 20 days rated").isNull();
        assertThat(findings.link()).as("the left has 19 pairs").isNull();
        assertThat(findings.sides()).extracting(s -> s.side()).containsExactly(Side.LEFT, Side.RIGHT, Side.MIDDLE);
        assertThat(summary.side(Side.RIGHT).change())
                .as("its own finding, said per side")
                .isEqualTo("TOO_EARLY");
        assertThat(findings.wallet()).as("no wallet day on any side").isNotNull();
        assertThat(findings.wallet().counts()).containsOnly(0);
        assertThat(findings.wallet().without()).containsExactly(19, 5, 0);
    }

    @Test
    void enoughPairsWithHoursThatNeverChangeAreNotCalledTooFew() {
        var entries = new ArrayList<EntryView>();
        for (int back = 15; back >= 0; back--) {
            entries.add(day(back, 3, null, null, false));
        }
        var summary = Summaries.of(entries, TO.minusDays(27), TO);
        var findings = Findings.of(summary);

        assertThat(summary.side(Side.LEFT).pairs()).isEqualTo(15);
        assertThat(summary.side(Side.LEFT).correlation())
                .as("the left side 3 every day: no order")
                .isNull();
        assertThat(findings.unvarying(summary.side(Side.LEFT))).isTrue();
        assertThat(findings.unvarying(summary.side(Side.RIGHT)))
                .as("no pairs at all")
                .isFalse();
    }

    private static EntryView day(
            int back, @Nullable Integer left, @Nullable Integer right, @Nullable Integer middle, boolean wallet) {
        return new EntryView(
                TO.minusDays(back),
                8.0 + (wallet ? 0 : back % 2),
                null,
                3,
                left,
                right,
                middle,
                false,
                wallet ? List.of(SittingHabit.WALLET_IN_BACK_POCKET) : List.of(),
                false,
                false,
                null,
                null,
                null);
    }
}
