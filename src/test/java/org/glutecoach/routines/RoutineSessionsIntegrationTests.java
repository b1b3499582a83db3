package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions: recorded once (same id, or the same routine finished again within a minute), one event each, in the
 * export and erased with the account; and the red-flag screen before a first routine.
 */
@IntegrationTest
@Import(RoutineSessionsIntegrationTests.Listener.class)
class RoutineSessionsIntegrationTests {

    @Autowired
    RoutinesService routines;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Listener listener;

    @TestConfiguration(proxyBeanMethods = false)
    static class Listener {
        final List<RoutineSessionEnded> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(RoutineSessionEnded ended) {
            heard.add(ended);
        }
    }

    static RecordSession session(UUID id, String routine, Instant endedAt, List<String> exercises) {
        return new RecordSession(
                id,
                routine,
                endedAt.minusSeconds(240),
                endedAt,
                true,
                exercises,
                new RecordSession.Ratings(7, 4),
                List.of(new RecordSession.ComfortCheck("ball-release-floor", 1, 4, false)));
    }

    /** A person who consents to keeping health answers: without it no session is kept. */
    static AccountView aConsentingPerson(IdentityService identity, PrivacyService privacy) {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
    }

    @Test
    void aSessionIsRecordedOnceAndPublishedOnce() {
        var person = aConsentingPerson(identity, privacy);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var id = UUID.randomUUID();
        var first = routines.recordSession(
                person.id(),
                session(id, "five-minute-release", now, List.of("ball-release-floor", "standing-squeeze-each-side")));
        var again = routines.recordSession(
                person.id(),
                session(id, "five-minute-release", now, List.of("ball-release-floor", "standing-squeeze-each-side")));
        var doubleTap = routines.recordSession(
                person.id(),
                session(UUID.randomUUID(), "five-minute-release", now.plusSeconds(30), List.of("ball-release-floor")));
        assertThat(again).isEqualTo(first);
        assertThat(doubleTap).as("finished again within a minute").isEqualTo(first);
        assertThat(routines.sessions(person.id())).hasSize(1);
        var heard = listener.heard.stream()
                .filter(e -> e.accountId().equals(person.id()))
                .toList();
        assertThat(heard).singleElement().satisfies(event -> {
            assertThat(event.releaseDone()).isTrue();
            assertThat(event.activationDone()).isTrue();
            assertThat(event.activationLeft()).isEqualTo(7);
            assertThat(event.activationRight()).isEqualTo(4);
        });

        routines.recordSession(
                person.id(),
                session(UUID.randomUUID(), "five-minute-release", now.plusSeconds(90), List.of("ball-release-floor")));
        assertThat(routines.sessions(person.id()))
                .as("a minute later is a new session")
                .hasSize(2);
        assertThat(listener.heard.stream()
                        .filter(e -> e.accountId().equals(person.id()))
                        .toList()
                        .get(1)
                        .activationDone())
                .isFalse();
    }

    @Test
    void anotherPersonsIdAnUnknownRoutineAndAFutureEndAreRefused() {
        var one = aConsentingPerson(identity, privacy);
        var other = aConsentingPerson(identity, privacy);
        var id = UUID.randomUUID();
        var now = Instant.now();
        routines.recordSession(one.id(), session(id, "desk-reset", now, List.of("desk-hip-stretch")));
        assertThatThrownBy(() -> routines.recordSession(other.id(), session(id, "desk-reset", now, List.of())))
                .isInstanceOf(SessionRefused.class);
        assertThatThrownBy(
                        () -> routines.recordSession(one.id(), session(UUID.randomUUID(), "no-such", now, List.of())))
                .isInstanceOf(SessionRefused.class);
        assertThatThrownBy(() -> routines.recordSession(
                        one.id(), session(UUID.randomUUID(), "desk-reset", now.plusSeconds(3600), List.of())))
                .isInstanceOf(SessionRefused.class);
        assertThat(routines.sessions(other.id())).isEmpty();
    }

    @Test
    void sessionsAreInTheExportAndGoWithTheAccount() {
        var person = aConsentingPerson(identity, privacy);
        var id = UUID.randomUUID();
        routines.recordSession(
                person.id(), session(id, "five-minute-release", Instant.now(), List.of("ball-release-floor")));
        assertThat(privacy.export(person.id()).toString()).contains("five-minute-release", "ball-release-floor");
        privacy.deleteAccount(person.id(), AccountFixtures.PASSWORD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM routines_sessions WHERE account_id = ?")
                        .param(person.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM routines_session_comfort_checks WHERE session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFirstRoutineWaitsForARecentPassedScreenConfirmedOnce() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.TAKE_SCREEN);
        assertThat(routines.confirmScreen(person.id())).as("nothing to confirm").isEqualTo(Readiness.TAKE_SCREEN);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.CONFIRM);
        assertThat(routines.confirmScreen(person.id())).isEqualTo(Readiness.READY);
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.READY);
    }
}
