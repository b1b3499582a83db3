package org.glutecoach.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.glutecoach.tracker.domain.ChangeSinceStart.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The change-since-start rules of docs/domain/outcome-measures.md §3, on both sides of each threshold. Fourteen
 * days from 1 November: the start is the mean of days 1-3, now the mean of days 8-14 (sum / 7, worked out by hand).
 */
class ChangeSinceStartTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final LocalDate LAST = FIRST.plusDays(13);

    @Test
    void aDropOfTwoPointsIsMeaningfulAndOneMoreTenthIsNot() {
        // Start 9. Sum 49 over 7 days: now 7.0, a drop of exactly 2 (22%).
        assertThat(verdict(9, 7, 7, 7, 7, 7, 7, 7)).isEqualTo(Verdict.MEANINGFUL_IMPROVEMENT);
        // Sum 50: now 7.14, a drop of 1.86 (21%): below both thresholds.
        assertThat(verdict(9, 8, 7, 7, 7, 7, 7, 7)).isEqualTo(Verdict.SMALL_OR_NO_CHANGE);
    }

    @Test
    void aThirtyPercentDropIsMeaningfulEvenBelowTwoPoints() {
        // Start 6. Sum 29: now 4.14, a drop of 1.86 but 31%.
        assertThat(verdict(6, 5, 4, 4, 4, 4, 4, 4)).isEqualTo(Verdict.MEANINGFUL_IMPROVEMENT);
        // Sum 30: now 4.29, a drop of 1.71 and 28.6%.
        assertThat(verdict(6, 5, 5, 4, 4, 4, 4, 4)).isEqualTo(Verdict.SMALL_OR_NO_CHANGE);
    }

    @Test
    void aRiseOfTwoPointsIsWorse() {
        // Start 3. Sum 35: now 5.0, up 2.
        assertThat(verdict(3, 5, 5, 5, 5, 5, 5, 5)).isEqualTo(Verdict.WORSE);
        // Sum 34: now 4.86, up 1.86.
        assertThat(verdict(3, 4, 5, 5, 5, 5, 5, 5)).isEqualTo(Verdict.SMALL_OR_NO_CHANGE);
    }

    @Test
    void aStartBelowOnePointCannotImproveMeaningfully() {
        var scores = scores(0, 0, 0, 0, 0, 0, 0, 0);
        scores.put(FIRST, 1);
        scores.put(FIRST.plusDays(1), 1);
        // Start 0.67, now 0: all of it gone, but too little to begin with to call it meaningful.
        assertThat(ChangeSinceStart.of(scores, LAST).verdict()).isEqualTo(Verdict.SMALL_OR_NO_CHANGE);
    }

    @Test
    void noVerdictBeforeFourteenDaysOfEntries() {
        var scores = scores(9, 2, 2, 2, 2, 2, 2, 2);
        scores.remove(FIRST.plusDays(5));
        var change = ChangeSinceStart.of(scores, LAST);
        assertThat(change.verdict()).isEqualTo(Verdict.TOO_EARLY);
        assertThat(change.days()).isEqualTo(13);
        assertThat(change.start()).isEqualTo(9.0);
    }

    @Test
    void withNoEntryInTheLastSevenDaysThereIsNoNow() {
        var change = ChangeSinceStart.of(scores(5, 5, 5, 5, 5, 5, 5, 5), LAST.plusDays(7));
        assertThat(change.verdict()).isEqualTo(Verdict.NO_RECENT_ENTRIES);
        assertThat(change.now()).isNull();
    }

    @Test
    void aRiseOfTwoFromTheStartCountsFromThreeEntriesOn() {
        var few = new TreeMap<LocalDate, Integer>();
        few.put(FIRST, 2);
        few.put(FIRST.plusDays(1), 2);
        assertThat(ChangeSinceStart.roseByTwo(few, FIRST.plusDays(1)))
                .as("no start yet")
                .isFalse();
        few.put(FIRST.plusDays(2), 2);
        few.put(FIRST.plusDays(9), 6);
        few.put(FIRST.plusDays(10), 4);
        // Start 2; the last 7 days (4-10 Nov) hold 2 (day 3 is 3 Nov: outside), 6 and 4: now 5.
        assertThat(ChangeSinceStart.roseByTwo(few, FIRST.plusDays(10))).isTrue();
        few.put(FIRST.plusDays(10), 1);
        // Now (6 + 1) / 2 = 3.5: up 1.5.
        assertThat(ChangeSinceStart.roseByTwo(few, FIRST.plusDays(10))).isFalse();
    }

    @Test
    void theLastSevenDaysAreSevenOfThePersonsDaysAcrossTheClockChange() {
        // 25 October 2026 has 25 hours in London; the week 22-28 October is still seven dates.
        var scores = new TreeMap<LocalDate, Integer>();
        IntStream.rangeClosed(21, 28).forEach(day -> scores.put(LocalDate.of(2026, 10, day), day == 21 ? 10 : 3));
        assertThat(ChangeSinceStart.recentMean(scores, LocalDate.of(2026, 10, 28)))
                .isEqualTo(3.0);
    }

    /** 14 days: the start value on days 1-7, then the 7 given values on days 8-14. */
    private static TreeMap<LocalDate, Integer> scores(int start, int... recent) {
        var scores = new TreeMap<LocalDate, Integer>();
        for (int i = 0; i < 7; i++) {
            scores.put(FIRST.plusDays(i), start);
        }
        for (int i = 0; i < recent.length; i++) {
            scores.put(FIRST.plusDays(7 + i), recent[i]);
        }
        return scores;
    }

    private static Verdict verdict(int start, int... recent) {
        return ChangeSinceStart.of(scores(start, recent), LAST).verdict();
    }
}
