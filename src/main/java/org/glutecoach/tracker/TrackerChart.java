package org.glutecoach.tracker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One chart drawn on the server as SVG: a point for each logged day, a line for the 7-day mean that breaks at
 * every gap, and the same numbers as table rows for the disclosure below it (a screen reader gets the same facts).
 * A long period ({@link #ofWeeks}) is drawn a point a week instead: each point and table row is the mean of the
 * week's days, the line joins those weekly means, and a week with nothing filled in is a gap. The figures of the
 * text summary (days, lowest, highest, the latest 7-day mean) always come from the days, whatever is drawn.
 *
 * @param key the chart's message key part ({@code soreness.LEFT}, {@code hours}, ...) and its element id
 * @param rows one per day in the period (or per week when {@code weekly}): the value and the mean as text ("" in
 *        a gap)
 * @param yeses on a yes/no chart (routines: 1 a day with one, 0 without), the days that were a yes; on the others 0
 */
public record TrackerChart(
        String key,
        int logged,
        @Nullable Number lowest,
        @Nullable Number highest,
        @Nullable Double latestMean,
        List<Dot> dots,
        List<String> lines,
        List<Tick> yTicks,
        List<Tick> xTicks,
        List<Row> rows,
        boolean hasMean,
        boolean weekly,
        int yeses) {

    private static final String ROUTINES = "routines";
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 36;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    private static final double LABEL_FONT_SIZE = 12;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WEEK_END = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public record Dot(double x, double y) {}

    public record Tick(double at, String label) {}

    /**
     * A row of the chart's table: a day, or a week from {@code firstText} to {@code dateText}. The dates are made
     * text once here, not per row in the template.
     *
     * @param mean a day's 7-day mean ("" for weeks: a week's value is already a mean)
     * @param days for a week, how many of its days the value is the mean of (0 for a day)
     */
    public record Row(
            LocalDate date, String dateText, @Nullable String firstText, String value, String mean, int days) {}

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /**
     * All the chart's points as one SVG path of zero-length strokes with round ends (each a dot of the stroke's
     * width), so a year of days is one element for the browser and the template instead of hundreds.
     */
    public String dotPath() {
        var path = new StringBuilder(dots.size() * 14);
        for (var dot : dots) {
            path.append('M')
                    .append(round(dot.x()))
                    .append(',')
                    .append(round(dot.y()))
                    .append("h0");
        }
        return path.toString();
    }

    /** Whether each day is a yes or a no (a routine done or not): its summary counts the yeses. */
    public boolean yesNo() {
        return key.equals(ROUTINES);
    }

    public String id() {
        return "chart-" + key.replace('.', '-').toLowerCase(Locale.ROOT);
    }

    /** The charts of a period a point a day. */
    public static List<TrackerChart> of(SummaryView summary) {
        return charts(summary, null);
    }

    /**
     * The charts of a long period a point a week; the weeks must cover the summary's period ({@code
     * TrackerService.charts} reads them in SQL).
     */
    public static List<TrackerChart> ofWeeks(SummaryView summary, List<ChartWeek> weeks) {
        return charts(summary, weeks);
    }

    /** One chart's measure: its value and mean on a day, and its weekly mean. */
    private record Measure(
            String key,
            int top,
            IntFunction<@Nullable Number> dayValue,
            IntFunction<@Nullable Double> dayMean,
            Function<ChartWeek, ChartWeek.@Nullable Mean> week) {}

    private static List<TrackerChart> charts(SummaryView summary, @Nullable List<ChartWeek> weeks) {
        var days = summary.days();
        var measures = new ArrayList<Measure>();
        for (var side : Side.values()) {
            var points = summary.side(side).soreness();
            measures.add(new Measure(
                    "soreness." + side.name(),
                    10,
                    i -> points.get(i).value(),
                    i -> points.get(i).rollingMean(),
                    week -> week.soreness(side)));
        }
        var mostBreaks = days.stream()
                .map(SummaryView.Day::breaks)
                .filter(b -> b != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        measures.add(new Measure("hours", 24, i -> days.get(i).hoursSitting(), i -> null, ChartWeek::hoursSitting));
        measures.add(new Measure(
                "breaks", Math.max(5, mostBreaks), i -> days.get(i).breaks(), i -> null, ChartWeek::breaks));
        measures.add(new Measure(
                ROUTINES,
                1,
                i -> days.get(i).logged() ? (days.get(i).routineDone() ? 1 : 0) : null,
                i -> null,
                ChartWeek::routines));
        // Each date's text once for all seven charts' tables.
        var dayTexts =
                weeks == null ? days.stream().map(day -> day.date().format(DAY)).toList() : List.<String>of();
        var charts = new ArrayList<TrackerChart>();
        for (var measure : measures) {
            charts.add(draw(measure, summary.from(), days.size(), dayTexts, weeks));
        }
        return charts;
    }

    private static TrackerChart draw(
            Measure measure, LocalDate from, int count, List<String> dayTexts, @Nullable List<ChartWeek> weeks) {
        var top = measure.top();
        var hasMean = measure.key().startsWith("soreness");
        var dots = new ArrayList<Dot>();
        var lines = new ArrayList<String>();
        var rows = new ArrayList<Row>();
        var line = new StringBuilder();
        var logged = 0;
        var sum = 0.0;
        Number lowest = null;
        Number highest = null;
        Double latestMean = null;
        for (int i = 0; i < count; i++) {
            var v = measure.dayValue().apply(i);
            var m = measure.dayMean().apply(i);
            if (v != null) {
                logged++;
                sum += v.doubleValue();
                lowest = lowest == null || v.doubleValue() < lowest.doubleValue() ? v : lowest;
                highest = highest == null || v.doubleValue() > highest.doubleValue() ? v : highest;
            }
            if (m != null) {
                latestMean = m;
            }
            if (weeks != null) {
                continue;
            }
            if (v != null) {
                dots.add(new Dot(x(i, count), y(v.doubleValue(), top)));
            }
            // The line of 7-day means breaks at every day with no rating.
            extend(line, lines, m == null ? null : x(i, count), m == null ? 0 : y(m, top));
            rows.add(new Row(
                    from.plusDays(i),
                    dayTexts.get(i),
                    null,
                    v == null ? "" : text(v.doubleValue()),
                    m == null ? "" : text(m),
                    0));
        }
        if (weeks != null) {
            for (var week : weeks) {
                var mean = measure.week().apply(week);
                // A week is drawn at its middle day; its mean is both its point and (for soreness) the line's.
                var at = x(
                        (ChronoUnit.DAYS.between(from, week.first()) + ChronoUnit.DAYS.between(from, week.last()))
                                / 2.0,
                        count);
                if (mean != null) {
                    dots.add(new Dot(at, y(mean.value(), top)));
                }
                extend(line, lines, mean == null || !hasMean ? null : at, mean == null ? 0 : y(mean.value(), top));
                rows.add(new Row(
                        week.last(),
                        week.last().format(WEEK_END),
                        week.first().format(WEEK_END),
                        mean == null ? "" : text(mean.value()),
                        "",
                        mean == null ? 0 : mean.days()));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        var yTicks = new ArrayList<Tick>();
        for (var step : top == 1 ? List.of(0, 1) : List.of(0, top / 2, top)) {
            yTicks.add(new Tick(y(step, top), Integer.toString(step)));
        }
        return new TrackerChart(
                measure.key(),
                logged,
                lowest,
                highest,
                latestMean,
                dots,
                lines,
                yTicks,
                dateTicks(from, count),
                rows,
                hasMean,
                weeks != null,
                measure.key().equals(ROUTINES) ? (int) sum : 0);
    }

    /** Adds a point to the line being drawn, or ({@code x} null: a gap) ends that line. */
    private static void extend(StringBuilder line, List<String> lines, @Nullable Double x, double y) {
        if (x != null) {
            line.append(line.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
        } else if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }

    /**
     * The first, middle and last day of the period as labels under the x axis. Each is centred under its day, but
     * moved in just enough to fit inside the chart: centred under the last day, a label would run past the edge
     * and be cut off.
     */
    static List<Tick> dateTicks(LocalDate from, int count) {
        var ticks = new ArrayList<Tick>();
        var last = Math.max(0, count - 1);
        for (var i : last == 0 ? List.of(0) : List.of(0, last / 2, last)) {
            var label = from.plusDays(i).format(SHORT);
            var half = labelWidth(label) / 2;
            ticks.add(new Tick(Math.max(half, Math.min(WIDTH - half, x(i, count))), label));
        }
        return ticks;
    }

    /** A generous width of an axis label (app.css sets them in 12px, in the chart's own units), for fitting it. */
    static double labelWidth(String label) {
        return label.length() * LABEL_FONT_SIZE * 0.62;
    }

    private static double x(double index, int count) {
        var span = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + span / 2.0 : LEFT + span * index / (count - 1);
    }

    private static double y(double value, int top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * A value as the tables show it: a whole number as is, otherwise to one decimal place, rounded half up as
     * {@code String.format(Locale.UK, "%.1f", value)} does (both round the shortest decimal form of the double), at
     * a fraction of its cost: a five-year chart page makes nearly two thousand of these.
     */
    static String text(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        var tenths = value * 10;
        // Away from a half tenth, the product's last bit cannot change the rounding, so whole-number arithmetic
        // does; at or within a hair of one, the shortest decimal form decides, as it does for String.format.
        if (value > 0 && value < 1e6 && Math.abs(tenths - Math.floor(tenths) - 0.5) > 1e-6) {
            var rounded = (long) Math.floor(tenths + 0.5);
            return (rounded / 10) + "." + (rounded % 10);
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
