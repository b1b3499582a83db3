package org.glutecoach.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.glutecoach.tracker.domain.Summaries;
import org.glutecoach.tracker.domain.Weeks;
import org.junit.jupiter.api.Test;

/**
 * The date labels under a chart's x axis stay inside the SVG's view box (a label past its edge is cut off), and
 * each stays close to its day. A long period drawn a point a week keeps gaps as gaps and its text figures from the
 * days.
 */
class TrackerChartTests {

    @Test
    void aTablesValueIsWhatFormattingToOneDecimalPlaceGives() {
        var random = new Random(20261201L);
        var values = new ArrayList<Double>(List.of(0.05, 0.15, 0.25, 0.35, 1.45, 2.55, 9.95, 10.0 / 3, 20.0 / 3, 0.04));
        // Halves of a tenth exactly (2.25 is exact in binary) and a bit either side of them.
        values.addAll(List.of(2.25, 7.75, 23.125, Math.nextUp(0.15), Math.nextDown(0.25), 0.45000001, 0.44999999));
        for (var run = 0; run < 20_000; run++) {
            // Means as the charts make them: sums over counts of days, and halves of hours.
            values.add((double) random.nextInt(500) / (1 + random.nextInt(7)));
            values.add(random.nextInt(49) / 2.0 / (1 + random.nextInt(7)));
            values.add(random.nextDouble() * 24);
        }
        for (var value : values) {
            var expected = value == Math.rint(value)
                    ? Long.toString(value.longValue())
                    : String.format(java.util.Locale.UK, "%.1f", value);
            assertThat(TrackerChart.text(value)).as("%s", value).isEqualTo(expected);
        }
    }

    @Test
    void everyDateLabelFitsInsideTheChartForAnyPeriod() {
        var random = new Random(15);
        for (var run = 0; run < 500; run++) {
            var from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
            var count = 1 + random.nextInt(2000);
            for (var tick : TrackerChart.dateTicks(from, count)) {
                var half = TrackerChart.labelWidth(tick.label()) / 2;
                assertThat(tick.at() - half)
                        .as("left edge of %s (%d days from %s)", tick.label(), count, from)
                        .isGreaterThanOrEqualTo(0);
                assertThat(tick.at() + half)
                        .as("right edge of %s (%d days from %s)", tick.label(), count, from)
                        .isLessThanOrEqualTo(TrackerChart.WIDTH);
            }
        }
    }

    @Test
    void theLastLabelIsTheLastDayAndEndsUnderIt() {
        var from = LocalDate.of(2026, 11, 3);
        var ticks = TrackerChart.dateTicks(from, 28);
        var last = ticks.get(ticks.size() - 1);
        assertThat(last.label()).isEqualTo("30 Nov");
        // The last day's point sits at the right end of the plot (640 wide, 12 to the right of it).
        var lastPoint = TrackerChart.WIDTH - 12;
        assertThat(last.at() + TrackerChart.labelWidth(last.label()) / 2)
                .as("the label ends at or after its day's point, inside the chart")
                .isBetween((double) lastPoint, (double) TrackerChart.WIDTH);
        assertThat(ticks.get(0).label()).isEqualTo("3 Nov");
        assertThat(ticks).hasSize(3);
    }

    @Test
    void theWidthAllowedForALabelIsAtLeastWhatAPlainSansSerifFontNeeds() {
        var font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        var context = new FontRenderContext(null, true, true);
        for (var label : new String[] {"30 May", "28 Mar", "31 Aug", "22 Nov", "1 Jan"}) {
            assertThat(TrackerChart.labelWidth(label))
                    .as(label)
                    .isGreaterThanOrEqualTo(font.getStringBounds(label, context).getWidth());
        }
    }

    @Test
    void aLongPeriodIsDrawnAPointAWeekWithGapsAsGapsAndItsFiguresFromTheDays() {
        var to = LocalDate.of(2026, 11, 30);
        var from = to.minusDays(500);
        var entries = new ArrayList<EntryView>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            // Weeks 10 to 12 counted back are left out entirely; the left side is 1 to 7 through each week.
            var back = Weeks.weeksBack(date, to);
            if (back < 10 || back > 12) {
                var left = 1 + (int) (java.time.temporal.ChronoUnit.DAYS.between(date, to) % 7);
                entries.add(new EntryView(
                        date, 8.0, null, 3, left, null, null, false, List.of(), true, false, null, null, null));
            }
        }
        var summary = Summaries.of(entries, from, to);
        var weeks = Weeks.of(entries, from, to);

        var charts = TrackerChart.ofWeeks(summary, weeks);
        var left = charts.get(0);

        assertThat(left.key()).isEqualTo("soreness.LEFT");
        assertThat(left.weekly()).isTrue();
        assertThat(left.rows()).as("a row a week").hasSize(weeks.size()).hasSize(72);
        assertThat(left.dots()).as("a dot for each week with a rating").hasSize(72 - 3);
        assertThat(left.lines())
                .as("the line of weekly means breaks at the three empty weeks")
                .hasSize(2);
        var lastRow = left.rows().get(71);
        assertThat(lastRow.firstText()).isEqualTo("24 Nov 2026");
        assertThat(lastRow.dateText()).isEqualTo("30 Nov 2026");
        assertThat(lastRow.value()).as("the mean of 1 to 7").isEqualTo("4");
        assertThat(lastRow.days()).isEqualTo(7);
        assertThat(left.rows().get(71 - 11).value())
                .as("an empty week is a gap")
                .isEmpty();
        assertThat(left.rows().get(71 - 11).days()).isZero();
        assertThat(left.rows().get(0).days())
                .as("the first week is the 4 days left of 501")
                .isEqualTo(4);
        assertThat(left.logged()).as("the text summary counts days").isEqualTo(entries.size());
        assertThat(left.lowest()).isEqualTo(1);
        assertThat(left.highest()).isEqualTo(7);
        assertThat(left.latestMean())
                .as("the latest 7-day mean of the days")
                .isEqualTo(summary.side(Side.LEFT).soreness().get(500).rollingMean());
        var routines = charts.get(5);
        assertThat(routines.key()).isEqualTo("routines");
        assertThat(routines.rows().get(71).value())
                .as("a routine every day filled in")
                .isEqualTo("1");
        assertThat(routines.lines()).as("only soreness has a line").isEmpty();
        assertThat(routines.yesNo()).isTrue();
        assertThat(routines.yeses()).as("counted from the days").isEqualTo(entries.size());
    }

    @Test
    void theRoutinesChartCountsTheDaysWithARoutineOutOfTheDaysFilledIn() {
        var to = LocalDate.of(2026, 11, 30);
        var entries = new ArrayList<EntryView>();
        for (int back = 0; back < 5; back++) {
            // A routine on 3 of the 5 days (release on 2, activation on 1); days not filled in count for neither.
            entries.add(new EntryView(
                    to.minusDays(2 * back),
                    8.0,
                    null,
                    3,
                    2,
                    null,
                    null,
                    false,
                    List.of(),
                    back < 2,
                    back == 4,
                    null,
                    null,
                    null));
        }

        var charts = TrackerChart.of(Summaries.of(entries, to.minusDays(27), to));

        var routines = charts.get(5);
        assertThat(routines.yesNo()).isTrue();
        assertThat(routines.logged()).isEqualTo(5);
        assertThat(routines.yeses()).isEqualTo(3);
        assertThat(charts.subList(0, 5)).allSatisfy(chart -> {
            assertThat(chart.yesNo()).isFalse();
            assertThat(chart.yeses()).isZero();
        });
    }

    @Test
    void aPeriodDrawnADayAPointHasARowForEveryDay() {
        var to = LocalDate.of(2026, 11, 30);
        var from = to.minusDays(364);
        var entries = List.of(
                new EntryView(to, 8.0, null, 3, 2, null, null, false, List.of(), true, false, null, null, null));

        var left = TrackerChart.of(Summaries.of(entries, from, to)).get(0);

        assertThat(left.weekly()).isFalse();
        assertThat(left.rows()).hasSize(365);
        assertThat(left.rows().get(364).dateText()).isEqualTo("Mon 30 Nov 2026");
        assertThat(left.rows().get(364).value()).isEqualTo("2");
        assertThat(left.dots()).hasSize(1);
    }
}
