package org.glutecoach.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.glutecoach.tracker.domain.Summaries;
import org.glutecoach.tracker.domain.Weeks;
import org.glutecoach.tracker.web.ChartTableRows;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.convert.support.DefaultConversionService;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Benchmark, not part of {@code ./mvnw verify} (its name does not end in Tests): the charts of one person's period
 * built ({@link TrackerChart}) and rendered through {@code templates/tracker/chart.html} with the app's messages,
 * in this JVM with no server or database, for each range; prints p50 and p99. A quick way to weigh a change to the
 * charts' template or rows before the whole-page benchmark ({@code SummaryScaleH2Benchmark}, docs/benchmarks.md).
 * Run: {@code ./mvnw -o test -Dtest=ChartRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark.renders=300 -Dbenchmark.warm-up-seconds=20}.
 */
class ChartRenderBenchmark {

    private static final int RENDERS = Integer.getInteger("benchmark.renders", 300);
    /** The render's own CPU time too: on a shared machine the wall time is mostly waiting for a core. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A folder to write each range's render to ({@code -Dbenchmark.out=...}), to compare two versions. */
    private static final @Nullable String OUT = System.getProperty("benchmark.out");

    /** The beans the template reaches: the one that writes the tables' rows. */
    private static final GenericApplicationContext BEANS = beans();

    private static final long WARM_UP_NANOS = Long.getLong("benchmark.warm-up-seconds", 20) * 1_000_000_000L;

    @Test
    void rendersEachRangesCharts() {
        var engine = engine();
        var to = LocalDate.of(2026, 11, 30);
        var entries = entries(to.minusDays(5 * 365), to);
        var ranges = Map.of("4w", 28, "3m", 91, "1y", 365, "all", 5 * 365 + 1);
        var warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            ranges.values().forEach(days -> render(engine, charts(entries, to, days)));
        }
        for (var range : List.of("4w", "3m", "1y", "all")) {
            var builds = new long[RENDERS];
            var renders = new long[RENDERS];
            var renderCpu = new long[RENDERS];
            var length = 0;
            for (int i = 0; i < RENDERS; i++) {
                var start = System.nanoTime();
                var charts = charts(entries, to, ranges.get(range));
                var built = System.nanoTime();
                var cpu = THREADS.getCurrentThreadCpuTime();
                length = render(engine, charts).length();
                renderCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
                renders[i] = System.nanoTime() - built;
                builds[i] = built - start;
            }
            if (OUT != null) {
                write(Path.of(OUT, range + ".html"), render(engine, charts(entries, to, ranges.get(range))));
            }
            System.out.printf(
                    "%-4s charts built p50 %5.1f ms, p99 %5.1f ms | rendered p50 %5.1f ms, p99 %5.1f ms, "
                            + "CPU time p50 %5.1f ms (%,d characters)%n",
                    range,
                    percentile(builds, 50),
                    percentile(builds, 99),
                    percentile(renders, 50),
                    percentile(renders, 99),
                    percentile(renderCpu, 50),
                    length);
        }
    }

    private static List<TrackerChart> charts(List<EntryView> entries, LocalDate to, int days) {
        var from = to.minusDays(days - 1L);
        var period = entries.stream().filter(e -> !e.date().isBefore(from)).toList();
        var summary = Summaries.of(period, from, to);
        return Weeks.drawnByWeek(from, to)
                ? TrackerChart.ofWeeks(summary, Weeks.of(period, from, to))
                : TrackerChart.of(summary);
    }

    /** Five years of days, one in ten left out (gaps), the middle side rated on four days in five. */
    private static List<EntryView> entries(LocalDate from, LocalDate to) {
        var random = new Random(15);
        var entries = new ArrayList<EntryView>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (random.nextInt(10) > 0) {
                entries.add(new EntryView(
                        date,
                        random.nextInt(49) / 2.0,
                        null,
                        random.nextInt(15),
                        random.nextInt(11),
                        random.nextInt(11),
                        random.nextInt(5) > 0 ? random.nextInt(11) : null,
                        false,
                        List.of(),
                        random.nextBoolean(),
                        random.nextBoolean(),
                        null,
                        null,
                        null));
            }
        }
        return entries;
    }

    private static String render(SpringTemplateEngine engine, List<TrackerChart> charts) {
        var context = new Context(Locale.UK, Map.of("charts", charts));
        // As a page is rendered: Thymeleaf's evaluation context with its restrictions on what expressions reach.
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(BEANS, new DefaultConversionService()));
        return engine.process("bench/charts", context);
    }

    private static SpringTemplateEngine engine() {
        var templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages());
        // As application.properties sets it; -Dbenchmark.spel-compiler=false to interpret every expression.
        engine.setEnableSpringELCompiler(Boolean.parseBoolean(System.getProperty("benchmark.spel-compiler", "true")));
        return engine;
    }

    private static GenericApplicationContext beans() {
        var beans = new GenericApplicationContext();
        beans.registerBean("chartTableRows", ChartTableRows.class, () -> new ChartTableRows(messages()));
        beans.refresh();
        return beans;
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/shared", "messages/tracker");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static void write(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percentile(long[] nanos, int percent) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
