package org.glutecoach.practice.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecoach.support.Benchmarks.percentile;
import static org.glutecoach.support.Benchmarks.printMachine;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.domain.SearchTerms;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not part of {@code ./mvnw verify} (its name does not end in Tests), for issue 18's scale goal: a
 * practice with 5,000 clients and 50,000 session notes; the client search under 50 ms and a client record page
 * under 100 ms at the 99th percentile, on H2 ({@code ClientScaleH2Benchmark}) and PostgreSQL
 * ({@code ClientScalePostgresBenchmark}). 1,000 of the clients are people who share with the practice, with 60
 * days of daily log each and red-flag screens for some, so the list's markers read real data. Seeded in bulk
 * (multi-row inserts and INSERT ... SELECT), then, after a warm-up, it times the search through
 * {@link ClientsService#clients} (what the list page and the API call) for several queries, the list's rows as htmx
 * asks for them over real HTTP, and a client's record page over real HTTP signed in as the owner (security, the
 * record, the audit entry, the notes timeline, Thymeleaf), and prints p50 and p99. Nothing here fails on time.
 * Samples: {@code -Dbenchmark.searches=300 -Dbenchmark.pages=200 -Dbenchmark.warm-up-seconds=20}.
 */
abstract class ClientScaleBenchmark {

    private static final int CLIENTS = 5_000;
    private static final int SHARING = 1_000;
    private static final int NOTES_PER_CLIENT = 10;
    private static final int LOGGED_DAYS = 60;
    private static final int SEARCHES = Integer.getInteger("benchmark.searches", 300);
    private static final int PAGES = Integer.getInteger("benchmark.pages", 200);
    private static final long WARM_UP_NANOS = Long.getLong("benchmark.warm-up-seconds", 20) * 1_000_000_000L;
    private static final List<String> FIRST = List.of(
            "Oliver",
            "Olivia",
            "Amelia",
            "George",
            "Isla",
            "Harry",
            "Ava",
            "Noah",
            "Mia",
            "Jack",
            "Sophia",
            "Leo",
            "Grace",
            "Arthur",
            "Lily",
            "Oscar",
            "Freya",
            "Charlie",
            "Emily",
            "Muhammad",
            "Ivy",
            "Jacob",
            "Ella",
            "Thomas",
            "Rosie",
            "Henry",
            "Evie",
            "William",
            "Poppy",
            "Alfie",
            "Sienna",
            "Joshua",
            "Daisy",
            "James",
            "Alice",
            "Archie",
            "Florence",
            "Ethan",
            "Sofia",
            "Aisha");
    private static final List<String> LAST = List.of(
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Patel",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "White",
            "Roberts",
            "Green",
            "Hall",
            "Thomas",
            "Clarke",
            "Jackson",
            "Wood",
            "Harris",
            "Edwards",
            "Turner",
            "Martin",
            "Cooper",
            "Hill",
            "Ward",
            "Hughes",
            "Moore",
            "Clark",
            "King",
            "Harrison",
            "Lewis",
            "Baker",
            "Lee",
            "Allen",
            "Morris",
            "Khan",
            "Scott",
            "Watson",
            "Davis",
            "Parker",
            "James",
            "Bennett",
            "Young",
            "Phillips",
            "Richardson",
            "Mitchell",
            "Bailey",
            "Carter",
            "Cook",
            "Singh",
            "Shaw",
            "Bell",
            "Collins",
            "Morgan",
            "Kelly",
            "Begum");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    JdbcClient jdbc;

    /** A statement that fills {@code bench_numbers (n)} with 1 to {@code :count}. */
    abstract String fillNumbers();

    /** The database's names for a random number in [0, 1) and a random UUID. */
    abstract String random();

    abstract String randomUuid();

    @Test
    void searchAndRecordAmongFiveThousandClients() {
        var owner = PracticeOwner.of(identity, jdbc);
        var therapists = new ArrayList<AccountId>();
        for (int i = 0; i < 4; i++) {
            therapists.add(StaffFixtures.aTherapist(identity, jdbc).account().id());
        }
        var seedStart = System.nanoTime();
        var seeded = seed(owner.account().id(), therapists);
        var seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        printMachine();
        System.out.printf(
                "seeded %,d clients (%,d sharing), %,d notes, %,d search terms, %,d log entries, %,d red-flag"
                        + " screens in %.1f s%n",
                count("practice_clients"),
                SHARING,
                count("practice_session_notes"),
                count("practice_client_search_terms"),
                count("tracker_entries"),
                count("selfcheck_red_flag_events"),
                seedSeconds);
        assertThat(count("practice_clients")).isGreaterThanOrEqualTo(CLIENTS);
        assertThat(count("practice_session_notes")).isGreaterThanOrEqualTo((long) CLIENTS * NOTES_PER_CLIENT);

        var me = owner.account().id();
        var theirs = therapists.get(0);
        var searches = new java.util.LinkedHashMap<String, Supplier<ClientPage>>();
        searches.put("'ol' (owner, all)", () -> clients.clients(me, new ClientQuery("ol", null, null, 1, 20)));
        searches.put("'oliver sm'", () -> clients.clients(me, new ClientQuery("oliver sm", null, null, 1, 20)));
        searches.put("'amelia.t' (email)", () -> clients.clients(me, new ClientQuery("amelia.t", null, null, 1, 20)));
        searches.put(
                "'j' active, a therapist's, page 2",
                () -> clients.clients(
                        me,
                        new ClientQuery("j", ClientStatus.ACTIVE, theirs.value().toString(), 2, 20)));
        searches.put("'h' as a therapist", () -> clients.clients(theirs, new ClientQuery("h", null, null, 1, 20)));
        searches.put("no text, page 10", () -> clients.clients(me, new ClientQuery(null, null, null, 10, 20)));
        searches.put(
                "'s' discharged",
                () -> clients.clients(me, new ClientQuery("s", ClientStatus.DISCHARGED, null, 1, 20)));

        var visitor = owner.signIn(Visitor.at(port));
        var record = "/practice/clients/" + seeded.recordClient();
        var rows = "/practice/clients?q=ol";
        var htmx = Map.of("HX-Request", "true");
        assertThat(visitor.get(record).statusCode()).isEqualTo(200);
        assertThat(visitor.get(rows, htmx).statusCode()).isEqualTo(200);
        var markers = searches.get("'ol' (owner, all)").get().rows();
        System.out.printf(
                "first page of 'ol': %d rows, %d red-flag markers, %d soreness markers%n",
                markers.size(),
                markers.stream().filter(ClientPage.ClientRow::redFlag).count(),
                markers.stream().filter(ClientPage.ClientRow::sorenessRose).count());
        explain();

        var warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            searches.values().forEach(Supplier::get);
            visitor.get(record);
            visitor.get(rows, htmx);
        }
        System.out.printf(
                "warm-up: %d s; then %d searches per query, %d pages each%n",
                WARM_UP_NANOS / 1_000_000_000L, SEARCHES, PAGES);
        var all = new long[0];
        for (var search : searches.entrySet()) {
            var times = new long[SEARCHES];
            var found = 0;
            for (int i = 0; i < SEARCHES; i++) {
                var start = System.nanoTime();
                found = search.getValue().get().rows().size();
                times[i] = System.nanoTime() - start;
            }
            all = concat(all, times);
            System.out.printf(
                    "search %-34s p50 %6.1f ms, p99 %6.1f ms (%d rows)%n",
                    search.getKey(), percentile(times, 50), percentile(times, 99), found);
        }
        System.out.printf(
                "search, all queries together       p50 %6.1f ms, p99 %6.1f ms%n",
                percentile(all, 50), percentile(all, 99));
        time("list rows over HTTP (htmx, 'ol')", () -> visitor.get(rows, htmx).body());
        var recordId = new ClientId(seeded.recordClient());
        time(
                "record, service call alone (no web)",
                () -> clients.record(me, recordId).toString());
        time("record page over HTTP", () -> visitor.get(record).body());
        time(
                "a walk-in's record page (notes only)",
                () -> visitor.get("/practice/clients/" + seeded.walkIn()).body());
    }

    private void time(String what, Supplier<String> page) {
        var times = new long[PAGES];
        var characters = 0;
        for (int i = 0; i < PAGES; i++) {
            var start = System.nanoTime();
            characters = page.get().length();
            times[i] = System.nanoTime() - start;
        }
        System.out.printf(
                "%-41s p50 %6.1f ms, p99 %6.1f ms (%,d characters)%n",
                what, percentile(times, 50), percentile(times, 99), characters);
    }

    private record Seeded(UUID recordClient, UUID walkIn) {}

    private Seeded seed(AccountId owner, List<AccountId> therapists) {
        var random = new Random(18);
        var passwordHash = jdbc.sql("SELECT password_hash FROM identity_accounts WHERE id = ?")
                .param(owner.value())
                .query(String.class)
                .single();
        jdbc.sql("CREATE TABLE bench_numbers (n INT NOT NULL PRIMARY KEY)").update();
        jdbc.sql(fillNumbers()).param("count", CLIENTS).update();

        var people = new ArrayList<UUID>();
        for (int i = 0; i < SHARING; i++) {
            people.add(UUID.randomUUID());
        }
        var now = Instant.now();
        insertRows(
                "identity_accounts (id, email, password_hash, role, time_zone, version, created_at, updated_at)",
                people.stream()
                        .map(id -> new Object[] {
                            id,
                            "p-" + id + "@example.com",
                            passwordHash,
                            "PERSON",
                            "Europe/London",
                            0,
                            Timestamp.from(now),
                            Timestamp.from(now)
                        })
                        .toList());
        jdbc.sql("CREATE TABLE bench_people (account_id UUID NOT NULL PRIMARY KEY)")
                .update();
        insertRows(
                "bench_people (account_id)",
                people.stream().map(id -> new Object[] {id}).toList());
        jdbc.sql("""
                INSERT INTO privacy_consents (id, account_id, kind, given, text_version, recorded_at)
                SELECT %s, account_id, 'SHARE_WITH_PRACTICE', TRUE, 'bench', CURRENT_TIMESTAMP FROM bench_people""".formatted(randomUuid())).update();

        var staff = new ArrayList<@Nullable AccountId>(therapists);
        staff.add(owner);
        staff.add(null);
        var today = LocalDate.now();
        var rows = new ArrayList<Object[]>();
        var terms = new ArrayList<Object[]>();
        UUID recordClient = null;
        UUID walkIn = null;
        for (int n = 0; n < CLIENTS; n++) {
            var id = UUID.randomUUID();
            var first = FIRST.get(random.nextInt(FIRST.size()));
            var last = LAST.get(random.nextInt(LAST.size()));
            var email = (first + "." + last + n + "@example.com").toLowerCase(java.util.Locale.ROOT);
            var preferred = random.nextInt(5) == 0 ? first.substring(0, 3) : null;
            var therapist = staff.get(random.nextInt(staff.size()));
            var account = n < SHARING ? people.get(n) : null;
            if (n == 0) {
                recordClient = id;
            } else if (n == SHARING) {
                walkIn = id;
            }
            rows.add(new Object[] {
                id,
                first + " " + last,
                preferred,
                LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1),
                email,
                "07700 900" + String.format("%03d", n % 1000),
                therapist == null ? null : therapist.value(),
                random.nextInt(5) == 0 ? "DISCHARGED" : "ACTIVE",
                today.minusDays(700 + random.nextInt(300)),
                random.nextInt(10) == 0 ? null : today.minusDays(random.nextInt(700)),
                account,
                Timestamp.from(now.minusSeconds(random.nextInt(60_000_000))),
                0
            });
            for (var term : SearchTerms.of(first + " " + last, preferred, email)) {
                terms.add(new Object[] {term, id});
            }
        }
        insertRows(
                "practice_clients (id, full_name, preferred_name, date_of_birth, email, phone, therapist_id, status,"
                        + " first_seen, last_seen, account_id, created_at, version)",
                rows);
        insertRows("practice_client_search_terms (term, client_id)", terms);

        jdbc.sql("""
                INSERT INTO practice_session_notes (id, client_id, written_by, session_date, subjective, objective,
                    assessment, plan, treatment, consent, consent_for, areas, created_at, updated_at, signed_at,
                    version)
                SELECT %s, c.id, :owner, CAST(c.first_seen + n.n * INTERVAL '7' DAY AS DATE),
                    'Sits for most of the working day; the ache in the left buttock is worse after long meetings.',
                    'Tender over the left gluteus medius; hip abduction a little weaker on the left than the right.',
                    'Pain pattern fits prolonged sitting and a weak gluteus medius; no red flags reported today.',
                    'Release and activation daily; breaks every 30 minutes; review in two weeks.',
                    'Soft-tissue release of the gluteals, 30 minutes; home routine shown and practised.',
                    'VERBAL', 'soft-tissue work on the gluteals and lower back',
                    'GLUTES:LEFT,LOWER_BACK:BOTH', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                    CASE WHEN n.n < %d THEN CURRENT_TIMESTAMP END, 0
                FROM practice_clients c CROSS JOIN bench_numbers n
                WHERE n.n <= %d""".formatted(randomUuid(), NOTES_PER_CLIENT, NOTES_PER_CLIENT))
                .param("owner", owner.value())
                .update();

        for (int back = LOGGED_DAYS - 1; back >= 0; back--) {
            var rise = back < 7 ? 3 : 0;
            jdbc.sql("""
                    INSERT INTO tracker_entries (id, account_id, entry_date, half_hours_sitting, breaks,
                        soreness_left, soreness_right, soreness_middle, spasms, sitting, release_done,
                        activation_done, version, created_at, updated_at)
                    SELECT %1$s, account_id, :day, CAST(FLOOR(%2$s * 49) AS INT), CAST(FLOOR(%2$s * 15) AS INT),
                        CAST(FLOOR(%2$s * 6) AS INT) + %3$d, CAST(FLOOR(%2$s * 8) AS INT),
                        CASE WHEN %2$s < 0.2 THEN NULL ELSE CAST(FLOOR(%2$s * 8) AS INT) END, %2$s < 0.1, '',
                        %2$s < 0.5, %2$s < 0.4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                    FROM bench_people""".formatted(randomUuid(), random(), rise))
                    .param("day", today.minusDays(back))
                    .update();
        }
        var flagged = new ArrayList<Object[]>();
        for (int i = 0; i < SHARING; i += 7) {
            var at = Timestamp.from(now.minusSeconds(random.nextInt(20 * 86_400)));
            flagged.add(new Object[] {
                UUID.randomUUID(), people.get(i), at, "bench", "URGENT", "X", "{}", "call111", false, 0, at, at
            });
        }
        insertRows(
                "selfcheck_red_flag_events (id, account_id, shown_at, question_set_version, tier, triggered_ids,"
                        + " answers, action_shown, user_tapped_call, version, created_at, updated_at)",
                flagged);
        jdbc.sql("DROP TABLE bench_people").update();
        jdbc.sql("DROP TABLE bench_numbers").update();
        jdbc.sql("ANALYZE").update();
        return new Seeded(java.util.Objects.requireNonNull(recordClient), java.util.Objects.requireNonNull(walkIn));
    }

    /** Rows in multi-row INSERTs of at most 200 rows each (one round trip per 200 rows, not per row). */
    private void insertRows(String table, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 200) {
            var batch = rows.subList(from, Math.min(rows.size(), from + 200));
            var row = "(" + String.join(", ", Collections.nCopies(batch.get(0).length, "?")) + ")";
            var params = new ArrayList<@Nullable Object>();
            batch.forEach(values -> params.addAll(Arrays.asList(values)));
            jdbc.sql("INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(batch.size(), row)))
                    .params(params)
                    .update();
        }
    }

    private void explain() {
        for (var sql : List.of(
                "SELECT id FROM practice_clients WHERE status = 'ACTIVE' AND id IN (SELECT client_id FROM"
                        + " practice_client_search_terms WHERE term = 'ol') ORDER BY last_seen DESC NULLS LAST,"
                        + " created_at DESC, id LIMIT 21 OFFSET 0",
                "SELECT id FROM practice_clients ORDER BY last_seen DESC NULLS LAST, created_at DESC, id"
                        + " LIMIT 21 OFFSET 180")) {
            System.out.println("EXPLAIN " + sql);
            jdbc.sql("EXPLAIN " + sql).query(String.class).list().forEach(line -> System.out.println("  " + line));
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static long[] concat(long[] a, long[] b) {
        var joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
