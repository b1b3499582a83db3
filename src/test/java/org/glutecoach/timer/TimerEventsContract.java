package org.glutecoach.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events are stored once by their id, also when the same list arrives at the same moment many times; the whole
 * list is refused for one bad event; old events are ignored; each day with new breaks is counted once per list.
 * Run on H2 and on PostgreSQL, as the race is settled by the database.
 */
abstract class TimerEventsContract {

    @Autowired
    TimerService timer;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Heard heard;

    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {
        final List<BreaksCounted> counts = new CopyOnWriteArrayList<>();

        @EventListener
        void on(BreaksCounted counted) {
            counts.add(counted);
        }

        List<BreaksCounted> of(AccountView person) {
            return counts.stream()
                    .filter(c -> c.accountId().equals(person.id()))
                    .toList();
        }
    }

    static RecordBreak event(String kind, Instant at) {
        return new RecordBreak(UUID.randomUUID(), kind, at);
    }

    long stored(AccountView person) {
        return jdbc.sql("SELECT COUNT(*) FROM timer_events WHERE account_id = ?")
                .param(person.id().value())
                .query(Long.class)
                .single();
    }

    @Test
    void aRepeatIsIgnoredAndEachDayWithNewBreaksIsCountedOnce() {
        var person = AccountFixtures.aPerson(identity);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var events = List.of(
                event("taken", now.minusSeconds(3600)),
                event("natural", now.minusSeconds(1800)),
                event("skipped", now.minusSeconds(600)),
                event("postponed", now.minusSeconds(300)));
        assertThat(timer.recordBreaks(person.id(), events)).isEqualTo(new RecordedBreaks(4, 0, 0));
        assertThat(timer.recordBreaks(person.id(), events)).isEqualTo(new RecordedBreaks(0, 4, 0));
        assertThat(timer.recordBreaks(person.id(), List.of(events.get(0), events.get(0))))
                .isEqualTo(new RecordedBreaks(0, 2, 0));
        assertThat(stored(person)).isEqualTo(4);
        var counts = heard.of(person);
        var days = counts.stream().map(BreaksCounted::day).distinct().toList();
        assertThat(counts).as("one count per day, for the first list only").hasSize(days.size());
        assertThat(counts.stream().mapToInt(BreaksCounted::breaks).sum())
                .as("taken and natural, not skipped or postponed")
                .isEqualTo(2);
        assertThat(timer.events(person.id()))
                .extracting(TimerEventView::kind)
                .containsExactly("taken", "natural", "skipped", "postponed");
    }

    @Test
    void theSameListSentManyTimesAtOnceIsStoredAndCountedOnce() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var events = new ArrayList<RecordBreak>();
        for (var i = 1; i <= 20; i++) {
            events.add(event(i % 2 == 0 ? "taken" : "natural", now.minus(Duration.ofMinutes(i))));
        }
        var senders = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(senders);
        try {
            var calls = new ArrayList<Callable<RecordedBreaks>>();
            for (var i = 0; i < senders; i++) {
                calls.add(() -> {
                    start.await();
                    return timer.recordBreaks(person.id(), events);
                });
            }
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            var recorded = 0;
            for (var future : futures) {
                var answer = future.get();
                assertThat(answer.recorded() + answer.repeated()).isEqualTo(20);
                recorded += answer.recorded();
            }
            assertThat(recorded).as("each event stored by exactly one sender").isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(person)).isEqualTo(20);
        var highest = heard.of(person).stream()
                .collect(java.util.stream.Collectors.toMap(BreaksCounted::day, BreaksCounted::breaks, Math::max));
        assertThat(highest.values().stream().mapToInt(Integer::intValue).sum())
                .as("the last count of each day has every break of it")
                .isEqualTo(20);
    }

    @Test
    void oneBadEventRefusesTheWholeListAndOldOnesAreIgnored() {
        var person = AccountFixtures.aPerson(identity);
        var now = Instant.now();
        var good = event("taken", now.minusSeconds(60));
        assertThatThrownBy(() -> timer.recordBreaks(
                        person.id(),
                        List.of(
                                good,
                                new RecordBreak(null, "taken", now),
                                event("sat", now),
                                event("taken", now.plus(Duration.ofMinutes(10))),
                                new RecordBreak(UUID.randomUUID(), "taken", null))))
                .isInstanceOfSatisfying(
                        InvalidTimerInput.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .isEqualTo(Map.of(
                                        "[1].id", "timer.error.required",
                                        "[2].kind", "timer.error.kind",
                                        "[3].at", "timer.error.future",
                                        "[4].at", "timer.error.required")));
        assertThatThrownBy(() -> timer.recordBreaks(person.id(), List.of())).isInstanceOf(InvalidTimerInput.class);
        assertThat(stored(person)).as("nothing half-written").isZero();

        var slightlyAhead = event("taken", now.plus(Duration.ofMinutes(2)));
        var old = event("taken", now.minus(Duration.ofDays(31)));
        assertThat(timer.recordBreaks(person.id(), List.of(good, slightlyAhead, old)))
                .isEqualTo(new RecordedBreaks(2, 0, 1));
        assertThat(stored(person)).isEqualTo(2);
    }

    @Test
    void anotherPersonsIdIsIgnoredNotTakenOver() {
        var one = AccountFixtures.aPerson(identity);
        var other = AccountFixtures.aPerson(identity);
        var event = event("taken", Instant.now().minusSeconds(60));
        timer.recordBreaks(one.id(), List.of(event));
        assertThat(timer.recordBreaks(other.id(), List.of(event))).isEqualTo(new RecordedBreaks(0, 1, 0));
        assertThat(timer.events(other.id())).isEmpty();
        assertThat(timer.events(one.id())).hasSize(1);
        assertThat(timer.stats(
                                other.id(),
                                LocalDate.now().minusDays(1),
                                LocalDate.now().plusDays(1))
                        .days())
                .allSatisfy(day -> assertThat(day.breaks()).isZero());
    }
}
