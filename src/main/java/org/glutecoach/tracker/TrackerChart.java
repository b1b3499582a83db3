package org.glutecoach.tracker;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One chart drawn on the server as SVG: a point for each logged day, a line for the 7-day mean that breaks at
 * every gap, and the same numbers as table rows for the disclosure below it (a screen reader gets the same facts).
 *
 * @param key the chart's message key part ({@code soreness.LEFT}, {@code hours}, ...) and its element id
 * @param rows one per day in the period: the date, the value and the mean as text ("" in a gap)
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
        boolean hasMean) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 36;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    private static final double LABEL_FONT_SIZE = 12;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    public record Dot(double x, double y) {}

    public record Tick(double at, String label) {}

    public record Row(LocalDate date, String value, String mean) {}

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String id() {
        return "chart-" + key.replace('.', '-').toLowerCase(Locale.ROOT);
    }

    public static List<TrackerChart> of(SummaryView summary) {
        var charts = new ArrayList<TrackerChart>();
        for (var side : Side.values()) {
            var points = summary.side(side).soreness();
            charts.add(draw(
                    "soreness." + side.name(),
                    summary.from(),
                    points.size(),
                    10,
                    i -> points.get(i).value(),
                    i -> points.get(i).rollingMean(),
                    i -> points.get(i).date()));
        }
        var days = summary.days();
        var mostBreaks = days.stream()
                .map(SummaryView.Day::breaks)
                .filter(b -> b != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        charts.add(draw(
                "hours",
                summary.from(),
                days.size(),
                24,
                i -> days.get(i).hoursSitting(),
                i -> null,
                i -> days.get(i).date()));
        charts.add(draw(
                "breaks",
                summary.from(),
                days.size(),
                Math.max(5, mostBreaks),
                i -> days.get(i).breaks(),
                i -> null,
                i -> days.get(i).date()));
        charts.add(draw(
                "routines",
                summary.from(),
                days.size(),
                1,
                i -> days.get(i).logged() ? (days.get(i).routineDone() ? 1 : 0) : null,
                i -> null,
                i -> days.get(i).date()));
        return charts;
    }

    private static TrackerChart draw(
            String key,
            LocalDate from,
            int count,
            int top,
            Function<Integer, @Nullable Number> value,
            Function<Integer, @Nullable Double> mean,
            Function<Integer, LocalDate> date) {
        var dots = new ArrayList<Dot>();
        var lines = new ArrayList<String>();
        var rows = new ArrayList<Row>();
        var line = new StringBuilder();
        Number lowest = null;
        Number highest = null;
        Double latestMean = null;
        for (int i = 0; i < count; i++) {
            var v = value.apply(i);
            var m = mean.apply(i);
            if (v != null) {
                dots.add(new Dot(x(i, count), y(v.doubleValue(), top)));
                lowest = lowest == null || v.doubleValue() < lowest.doubleValue() ? v : lowest;
                highest = highest == null || v.doubleValue() > highest.doubleValue() ? v : highest;
            }
            if (m != null) {
                line.append(line.isEmpty() ? "" : " ")
                        .append(round(x(i, count)))
                        .append(',')
                        .append(round(y(m, top)));
                latestMean = m;
            } else if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            rows.add(new Row(date.apply(i), v == null ? "" : text(v.doubleValue()), m == null ? "" : text(m)));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        var yTicks = new ArrayList<Tick>();
        for (var step : top == 1 ? List.of(0, 1) : List.of(0, top / 2, top)) {
            yTicks.add(new Tick(y(step, top), Integer.toString(step)));
        }
        var xTicks = dateTicks(from, count);
        return new TrackerChart(
                key,
                dots.size(),
                lowest,
                highest,
                latestMean,
                dots,
                lines,
                yTicks,
                xTicks,
                rows,
                key.startsWith("soreness"));
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

    private static double x(int index, int count) {
        var span = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + span / 2.0 : LEFT + span * index / (double) (count - 1);
    }

    private static double y(double value, int top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String text(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.UK, "%.1f", value);
    }
}
