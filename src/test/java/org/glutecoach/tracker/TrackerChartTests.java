package org.glutecoach.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The date labels under a chart's x axis stay inside the SVG's view box (a label past its edge is cut off), and
 * each stays close to its day.
 */
class TrackerChartTests {

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
}
