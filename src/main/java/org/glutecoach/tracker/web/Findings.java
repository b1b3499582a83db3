package org.glutecoach.tracker.web;

import java.util.List;
import java.util.function.ToIntFunction;
import org.glutecoach.tracker.SummaryView;
import org.glutecoach.tracker.SummaryView.SideSummary;
import org.glutecoach.tracker.domain.ChangeSinceStart;
import org.glutecoach.tracker.domain.RankCorrelation;
import org.jspecify.annotations.Nullable;

/**
 * A period's findings as the charts page and the progress report put them into words. A kind of finding that no
 * side has enough days for yet (change since the start, the link with sitting, the wallet comparison) is said once,
 * with how far the sides have got, instead of once per side; each side then gives only its other findings. Which
 * finding applies stays the domain's rule ({@code ChangeSinceStart}, {@code RankCorrelation}, {@code
 * HabitComparison}): this only groups their answers.
 *
 * @param change every side too early to say if it changed (fewer than 14 days rated), or {@code null}
 * @param link every side short of the 14 pairs of days the link with sitting needs, or {@code null}
 * @param wallet every side short of the 5 days with and 5 without that the wallet comparison needs, or {@code null}
 * @param sides the sides with findings of their own: all of them, or none when every kind is not yet possible
 */
public record Findings(
        @Nullable NotYet change,
        @Nullable NotYet link,
        @Nullable NotYet wallet,
        List<SideSummary> sides) {

    /**
     * How far the sides have got towards a kind of finding.
     *
     * @param counts per side, in {@code Side} order: days rated, pairs of days, or days with a wallet
     * @param without per side, days without a wallet (the wallet comparison only; otherwise zeros)
     * @param more how many more the side furthest on needs (days rated or pairs of days; 0 for the wallet)
     */
    public record NotYet(List<Integer> counts, List<Integer> without, int more) {

        /** Whether every side has got as far: then one count says it for all. */
        public boolean same() {
            return counts.stream().distinct().count() == 1
                    && without.stream().distinct().count() == 1;
        }
    }

    /**
     * Whether a side has the pairs of days for the link with sitting but no rank score, because its hours sitting or
     * its next-day soreness were the same every time: there is no order to compare.
     */
    public boolean unvarying(SideSummary side) {
        return side.correlation() == null && side.pairs() >= RankCorrelation.PAIRS_NEEDED;
    }

    static Findings of(SummaryView summary) {
        var sides = summary.sides();
        var change = sides.stream().allMatch(s -> s.change().equals(ChangeSinceStart.Verdict.TOO_EARLY.name()))
                ? notYet(sides, SideSummary::daysRated, s -> 0, ChangeSinceStart.DAYS_NEEDED)
                : null;
        var link = sides.stream().allMatch(s -> s.pairs() < RankCorrelation.PAIRS_NEEDED)
                ? notYet(sides, SideSummary::pairs, s -> 0, RankCorrelation.PAIRS_NEEDED)
                : null;
        var wallet = sides.stream().allMatch(s -> s.walletMean() == null)
                ? notYet(sides, SideSummary::walletDays, SideSummary::noWalletDays, 0)
                : null;
        var perSide = change == null || link == null || wallet == null;
        return new Findings(change, link, wallet, perSide ? sides : List.of());
    }

    private static NotYet notYet(
            List<SideSummary> sides, ToIntFunction<SideSummary> count, ToIntFunction<SideSummary> without, int needed) {
        var counts = sides.stream().map(count::applyAsInt).toList();
        var most = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        return new NotYet(counts, sides.stream().map(without::applyAsInt).toList(), needed == 0 ? 0 : needed - most);
    }
}
