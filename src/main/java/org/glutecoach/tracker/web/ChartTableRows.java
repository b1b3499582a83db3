package org.glutecoach.tracker.web;

import java.text.MessageFormat;
import java.util.Locale;
import org.glutecoach.tracker.TrackerChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The rows of a chart's table (the numbers behind its disclosure), written here as HTML rather than by a template
 * loop, for {@code templates/tracker/chart.html} ({@code th:utext="${@chartTableRows.of(chart)}"}). A year is
 * 2,555 rows on one page and a long "all" 1,566: in a page request a template loop costs each row an iteration
 * variable set and removed on the request through every request wrapper, and each cell an expression evaluated, which
 * made the rows most of the charts page's time (docs/benchmarks.md). Every text is HTML-escaped here; the words come
 * from the messages as in the template.
 */
@Component
public class ChartTableRows {

    private final MessageSource messages;

    public ChartTableRows(MessageSource messages) {
        this.messages = messages;
    }

    /** The {@code tr} elements of the chart's table body: a day or a week each, a gap saying so. */
    public String of(TrackerChart chart) {
        var locale = Locale.UK;
        var gap = escape(messages.getMessage("tracker.chart.gap", null, locale));
        // The pattern once per table, not resolved again for each of a long chart's rows.
        var span = new MessageFormat(messages.getMessage("tracker.chart.week.span", null, locale), locale);
        var html = new StringBuilder(chart.rows().size() * 96);
        for (var row : chart.rows()) {
            var heading = chart.weekly() ? span.format(new Object[] {row.firstText(), row.dateText()}) : row.dateText();
            html.append("<tr><th scope=\"row\">").append(escape(heading)).append("</th><td>");
            html.append(row.value().isEmpty() ? gap : escape(row.value())).append("</td>");
            if (chart.weekly()) {
                html.append("<td>").append(row.days()).append("</td>");
            } else if (chart.hasMean()) {
                html.append("<td>").append(escape(row.mean())).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
