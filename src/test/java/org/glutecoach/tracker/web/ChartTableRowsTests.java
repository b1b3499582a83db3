package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.glutecoach.tracker.TrackerChart;
import org.glutecoach.tracker.TrackerChart.Row;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The rows of a chart's table as HTML: each kind of table's cells, a gap in words, every text escaped. */
class ChartTableRowsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private final ChartTableRows rows = new ChartTableRows(messages("Not filled in", "{0} to {1}"));

    @Test
    void aSorenessDayHasItsValueAndSevenDayMeanAndADayNotFilledInSaysSo() {
        var chart = chart(
                false,
                true,
                new Row(DAY.minusDays(1), "Sun 29 Nov 2026", null, "4", "3.5", 0),
                new Row(DAY, "Mon 30 Nov 2026", null, "", "", 0));

        assertThat(rows.of(chart))
                .isEqualTo("<tr><th scope=\"row\">Sun 29 Nov 2026</th><td>4</td><td>3.5</td></tr>\n"
                        + "<tr><th scope=\"row\">Mon 30 Nov 2026</th><td>Not filled in</td><td></td></tr>\n");
    }

    @Test
    void aDayOfAnotherMeasureHasOnlyItsValue() {
        var chart = chart(false, false, new Row(DAY, "Mon 30 Nov 2026", null, "7.5", "", 0));

        assertThat(rows.of(chart)).isEqualTo("<tr><th scope=\"row\">Mon 30 Nov 2026</th><td>7.5</td></tr>\n");
    }

    @Test
    void aWeekIsNamedByItsFirstAndLastDayWithTheDaysItsMeanIsOf() {
        var chart = chart(
                true,
                true,
                new Row(DAY, "30 Nov 2026", "24 Nov 2026", "3.4", "", 5),
                new Row(DAY.minusDays(7), "23 Nov 2026", "17 Nov 2026", "", "", 0));

        assertThat(rows.of(chart))
                .isEqualTo(
                        "<tr><th scope=\"row\">24 Nov 2026 to 30 Nov 2026</th><td>3.4</td><td>5</td></tr>\n"
                                + "<tr><th scope=\"row\">17 Nov 2026 to 23 Nov 2026</th><td>Not filled in</td><td>0</td></tr>\n");
    }

    @Test
    void everyTextIsEscaped() {
        var wordy = new ChartTableRows(messages("Left <blank> & unsaid", "{0} \"to\" {1}"));
        var chart = chart(
                true,
                false,
                new Row(DAY, "<b>30</b>", "a & b", "<script>", "", 1),
                new Row(DAY, "30 Nov", "24 Nov", "", "", 0));

        assertThat(wordy.of(chart))
                .isEqualTo("<tr><th scope=\"row\">a &amp; b &quot;to&quot; &lt;b&gt;30&lt;/b&gt;</th>"
                        + "<td>&lt;script&gt;</td><td>1</td></tr>\n"
                        + "<tr><th scope=\"row\">24 Nov &quot;to&quot; 30 Nov</th>"
                        + "<td>Left &lt;blank&gt; &amp; unsaid</td><td>0</td></tr>\n");
    }

    private static TrackerChart chart(boolean weekly, boolean hasMean, Row... rows) {
        return new TrackerChart(
                "soreness.LEFT",
                rows.length,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(rows),
                hasMean,
                weekly,
                0);
    }

    private static StaticMessageSource messages(String gap, String weekSpan) {
        var messages = new StaticMessageSource();
        messages.addMessage("tracker.chart.gap", Locale.UK, gap);
        messages.addMessage("tracker.chart.week.span", Locale.UK, weekSpan);
        return messages;
    }
}
