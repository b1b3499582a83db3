package org.glutecoach.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecoach.support.Benchmarks.percentile;
import static org.glutecoach.support.Benchmarks.printMachine;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Visitor;
import org.glutecoach.tracker.domain.LoggedDays;
import org.glutecoach.tracker.domain.LoggedWeeks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not part of {@code ./mvnw verify} (its name does not end in Tests), for issue 15's scale goal:
 * 10,000 people with a year of daily entries each plus one person with five years, seeded by the database itself
 * (INSERT ... SELECT over a generated range of days crossed with the people, ordered by day so one person's rows
 * are spread over the table as a real log grows). Then it times that person's summary for each chart range
 * through {@link TrackerService}, and the charts page for each range over real HTTP with a signed-in session, one
 * request after another after a warm-up, and prints p50 and p99. Nothing here fails on time; it checks only that
 * the summaries count the days seeded. Run on its own (never with other tests: Surefire stops a test JVM after 25
 * minutes), on H2 ({@code SummaryScaleH2Benchmark}) and PostgreSQL ({@code SummaryScalePostgresBenchmark}); see
 * docs/benchmarks.md. Samples per range and warm-up: {@code -Dbenchmark.summaries=500 -Dbenchmark.pages=200
 * -Dbenchmark.warm-up-seconds=30}; fewer other people: {@code -Dbenchmark.people=500}; one range only (to profile
 * it): {@code -Dbenchmark.ranges=all}.
 */
abstract class SummaryScaleBenchmark {

    /**
     * The other people, 10,000 as issue 15 states; fewer ({@code -Dbenchmark.people=500}) seed in seconds for
     * trying a change to the charts page, whose cost is the one person's days, not the table's size.
     */
    private static final int PEOPLE = Integer.getInteger("benchmark.people", 10_000);

    private static final int YEAR = 365;
    private static final int FIVE_YEARS = 5 * 365 + 1;
    private static final int SUMMARIES = Integer.getInteger("benchmark.summaries", 500);
    private static final int PAGES = Integer.getInteger("benchmark.pages", 200);
    private static final int DAYS_PER_STATEMENT = Integer.getInteger("benchmark.days-per-statement", 15);
    private static final int USERS = Integer.getInteger("benchmark.users", 0);
    private static final int USERS_SECONDS = Integer.getInteger("benchmark.users-seconds", 60);
    private static final long WARM_UP_NANOS = Long.getLong("benchmark.warm-up-seconds", 30) * 1_000_000_000L;

    /** The ranges timed, all four unless {@code -Dbenchmark.ranges=all} (codes, comma-separated), e.g. to profile one. */
    private static final List<ChartRange> RANGES = Arrays.stream(
                    System.getProperty("benchmark.ranges", "4w,3m,1y,all").split(","))
            .map(ChartRange::ofCode)
            .toList();

    /**
     * The whole process's CPU time per page too (server and client threads, garbage collection): on a shared
     * machine the wall time is mostly waiting for a core, so this is what compares two runs (a mean: the
     * operating system counts it in steps of 10 ms).
     */
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TrackerService tracker;

    @Autowired
    JdbcClient jdbc;

    /** The database's names for a random number in [0, 1) and a random UUID. */
    abstract String random();

    abstract String randomUuid();

    /** A statement that fills {@code bench_people} with {@code :people} random account ids. */
    abstract String fillPeople();

    /** The database's words for a plan with the time taken, before a query. */
    abstract String explainAnalyse();

    /** A FROM item of the whole numbers {@code back} from one parameter to another, both included. */
    abstract String daysBack(String nearest, String furthest);

    /** The date some days before a date parameter. */
    abstract String dayBefore(String date, String days);

    /** Statements run before seeding (settings that make bulk inserts quicker) and after it (undoing them). */
    abstract List<String> beforeSeeding();

    abstract List<String> afterSeeding();

    @Test
    void oneSummaryAmongTenThousandPeople() {
        var person = AccountFixtures.aPerson(identity);
        var today = tracker.personalDay(person.id()).today();
        var seedStart = System.nanoTime();
        seed(person.id().value(), today);
        var seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        var rows = jdbc.sql("SELECT COUNT(*) FROM tracker_entries")
                .query(Long.class)
                .single();

        printMachine();
        System.out.printf(
                "seeded %,d rows (%,d people x %d days + one person x %d days) in %.1f s%n",
                rows, PEOPLE, YEAR, FIVE_YEARS, seedSeconds);
        assertThat(tracker.summary(person.id(), ChartRange.ALL).daysLogged()).isEqualTo(FIVE_YEARS);
        assertThat(tracker.summary(person.id(), ChartRange.ONE_YEAR).daysLogged())
                .isEqualTo(YEAR);

        explain(person.id().value(), today);

        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/tracker/charts?range=all").statusCode()).isEqualTo(200);
        var warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            for (var range : RANGES) {
                tracker.summary(person.id(), range);
                visitor.get("/tracker/charts?range=" + range.code());
            }
        }
        System.out.printf(
                "warm-up: %d s; then %d summaries and %d pages per range%n",
                WARM_UP_NANOS / 1_000_000_000L, SUMMARIES, PAGES);
        for (var range : RANGES) {
            var summaries = new long[SUMMARIES];
            for (int i = 0; i < SUMMARIES; i++) {
                var start = System.nanoTime();
                tracker.summary(person.id(), range);
                summaries[i] = System.nanoTime() - start;
            }
            var pages = new long[PAGES];
            var pagesCpu = new long[PAGES];
            var bytes = 0;
            for (int i = 0; i < PAGES; i++) {
                var cpu = OS.getProcessCpuTime();
                var start = System.nanoTime();
                bytes = visitor.get("/tracker/charts?range=" + range.code())
                        .body()
                        .length();
                pages[i] = System.nanoTime() - start;
                pagesCpu[i] = OS.getProcessCpuTime() - cpu;
            }
            System.out.printf(
                    "%-4s summary p50 %6.1f ms, p99 %6.1f ms | charts page p50 %6.1f ms, p99 %6.1f ms "
                            + "(%,d characters; CPU time mean %.1f ms)%n",
                    range.code(),
                    percentile(summaries, 50),
                    percentile(summaries, 99),
                    percentile(pages, 50),
                    percentile(pages, 99),
                    bytes,
                    Arrays.stream(pagesCpu).average().orElse(0) / 1e6);
        }
        if (USERS > 0) {
            pagesForUsers(person.email());
        }
    }

    /**
     * The charts page under {@code -Dbenchmark.users} people at once (the project's convention: each waits about
     * a second, 0.5-1.5 s, between pages), each a signed-in session of the five-year person asking for a range at
     * random, for {@code -Dbenchmark.users-seconds}; p50 and p99 per range.
     */
    private void pagesForUsers(String email) {
        var ranges = ChartRange.values();
        var times = new ConcurrentLinkedQueue<long[]>();
        var failures = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(USERS);
        var end = System.nanoTime() + USERS_SECONDS * 1_000_000_000L;
        for (int user = 0; user < USERS; user++) {
            var visitor = Visitor.at(port);
            visitor.signIn(email, AccountFixtures.PASSWORD);
            var random = new Random(user);
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    var range = random.nextInt(ranges.length);
                    var start = System.nanoTime();
                    var status = visitor.get("/tracker/charts?range=" + ranges[range].code())
                            .statusCode();
                    times.add(new long[] {range, System.nanoTime() - start});
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                    try {
                        Thread.sleep(500 + random.nextInt(1001));
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(USERS_SECONDS + 120L, TimeUnit.SECONDS);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
        System.out.printf(
                "%d users (think time 0.5-1.5 s), %d s: %,d pages, %d not 200%n",
                USERS, USERS_SECONDS, times.size(), failures.get());
        for (var range : ranges) {
            var nanos = times.stream()
                    .filter(t -> t[0] == range.ordinal())
                    .mapToLong(t -> t[1])
                    .toArray();
            if (nanos.length > 0) {
                System.out.printf(
                        "%-4s charts page p50 %6.1f ms, p99 %6.1f ms (%d pages)%n",
                        range.code(), percentile(nanos, 50), percentile(nanos, 99), nanos.length);
            }
        }
    }

    /**
     * The person's four older years in one statement, then the last year for all 10,001 people in statements of
     * {@link #DAYS_PER_STATEMENT} days each: INSERT ... SELECT over a generated range of days crossed with the
     * people, random values made by the database, ordered by day so one person's rows are spread through the
     * table as a real log grows. No row crosses JDBC.
     */
    private void seed(UUID person, LocalDate today) {
        jdbc.sql("CREATE TABLE bench_people (account_id UUID NOT NULL PRIMARY KEY)")
                .update();
        jdbc.sql(fillPeople()).param("people", PEOPLE).update();
        jdbc.sql("INSERT INTO bench_people (account_id) VALUES (?)")
                .param(person)
                .update();
        beforeSeeding().forEach(statement -> jdbc.sql(statement).update());
        var days =
                """
                INSERT INTO tracker_entries (id, account_id, entry_date, half_hours_sitting, breaks, soreness_left,
                    soreness_right, soreness_middle, spasms, sitting, release_done, activation_done, version,
                    created_at, updated_at)
                SELECT %1$s, p.account_id, %3$s, CAST(FLOOR(%2$s * 49) AS INT), CAST(FLOOR(%2$s * 15) AS INT),
                    CAST(FLOOR(%2$s * 11) AS INT), CAST(FLOOR(%2$s * 11) AS INT),
                    CASE WHEN %2$s < 0.2 THEN NULL ELSE CAST(FLOOR(%2$s * 11) AS INT) END, %2$s < 0.1,
                    CASE WHEN %2$s < 0.3 THEN 'WALLET_IN_BACK_POCKET' ELSE '' END, %2$s < 0.5, %2$s < 0.4, 0,
                    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                FROM %4$s CROSS JOIN bench_people p
                WHERE p.account_id = :person OR :everyone
                ORDER BY back DESC, p.account_id""".formatted(randomUuid(), random(), dayBefore(":today", "back"), daysBack(":nearest", ":furthest"));
        jdbc.sql(days)
                .param("today", today)
                .param("nearest", YEAR)
                .param("furthest", FIVE_YEARS - 1)
                .param("person", person)
                .param("everyone", false)
                .update();
        for (int nearest = 0; nearest < YEAR; nearest += DAYS_PER_STATEMENT) {
            jdbc.sql(days)
                    .param("today", today)
                    .param("nearest", nearest)
                    .param("furthest", Math.min(YEAR, nearest + DAYS_PER_STATEMENT) - 1)
                    .param("person", person)
                    .param("everyone", true)
                    .update();
        }
        jdbc.sql("DROP TABLE bench_people").update();
        afterSeeding().forEach(statement -> jdbc.sql(statement).update());
    }

    /** The database's plans of the five-year summary's two queries, as run (with the time each step took). */
    private void explain(UUID person, LocalDate today) {
        var from = today.minusDays(FIVE_YEARS - 1);
        for (var query : List.of(LoggedDays.PERIOD, LoggedWeeks.WEEKS)) {
            System.out.println("plan:");
            jdbc.sql(explainAnalyse() + query)
                    .param("account", person)
                    .param("from", from)
                    .param("to", today)
                    .query(String.class)
                    .list()
                    .forEach(line -> System.out.println("  " + line));
        }
    }
}
