package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.shared.Readability;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeping a session needs the health-data consent (asked on the spot, nothing half-written without it); the same
 * session sent twice at once is kept once; pins and needles or numbness puts routines on hold until a new screen;
 * shortened doses only where the setting allows them (on in tests; off by default: {@code ShortenedDosesOffIntegrationTests}).
 */
@IntegrationTest
class RoutineSessionSafetyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RoutinesService routines;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    static RecordSession session(UUID id, boolean nerve) {
        // Not truncated: a nerve answer holds routines from the session's end, which must come after any screen
        // the test passed before it.
        var now = Instant.now();
        return new RecordSession(
                id,
                "five-minute-release",
                now.minusSeconds(240),
                now,
                !nerve,
                List.of("ball-release-floor", "standing-squeeze-each-side"),
                new RecordSession.Ratings(6, 5),
                List.of(new RecordSession.ComfortCheck("ball-release-floor", 1, 3, nerve)));
    }

    @Test
    void withoutTheConsentNothingOfTheSessionIsKeptAndTheApiAnswersConsentNeeded() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        assertThatThrownBy(() -> routines.recordSession(person.id(), session(UUID.randomUUID(), false)))
                .isInstanceOf(HealthDataConsentNeeded.class);

        var response = Visitor.at(port)
                .send(HttpRequest.newBuilder(Visitor.at(port).uri("/api/v1/routines/sessions"))
                        .header("Authorization", AccountFixtures.bearer(identity, person))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(session(UUID.randomUUID(), false)))));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("type").asString()).isEqualTo("/problems/consent-needed");
        assertThat(rows("routines_sessions", person.id().value())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM routines_session_comfort_checks")
                        .query(Long.class)
                        .single())
                .as("no comfort check without its session")
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM routines_session_comfort_checks c "
                                + "JOIN routines_sessions s ON s.id = c.session_id")
                        .query(Long.class)
                        .single());
    }

    @Test
    void theDonePageAsksForTheConsentOnTheSpotAndKeepsTheSessionOnceGiven() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/routines/mine");
        var id = UUID.randomUUID().toString();
        var session = Map.of("id", id, "exercises", "ball-release-floor", "left", "7", "right", "4");

        var asked = visitor.post("/routines/five-minute-release/sessions", session);
        assertThat(asked.statusCode()).isEqualTo(200);
        // The player's background post learns from this that the person must see the page (sessions.js).
        assertThat(asked.headers().firstValue("Consent-Needed")).hasValue("HEALTH_DATA");
        assertThat(asked.body())
                .contains("Keep your session?", "class=\"consent-facts\"", "name=\"healthData\"")
                .contains("name=\"id\" value=\"" + id + "\"", "name=\"left\" value=\"7\"");
        assertThat(rows("routines_sessions", person.id().value())).isZero();

        var unticked = new java.util.HashMap<>(session);
        unticked.put("asked", "true");
        var again = visitor.post("/routines/five-minute-release/sessions", unticked);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"healthData-error\"", "aria-describedby=\"healthData-error\"");
        assertThat(rows("routines_sessions", person.id().value())).isZero();

        unticked.put("healthData", "true");
        var kept = visitor.post("/routines/five-minute-release/sessions", unticked);
        assertThat(kept.statusCode()).isEqualTo(302);
        assertThat(kept.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).endsWith("/routines/five-minute-release/sessions/" + id));
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isTrue();
        assertThat(routines.sessions(person.id())).singleElement().satisfies(kept1 -> {
            assertThat(kept1.ratingLeft()).isEqualTo(7);
            assertThat(kept1.ratingRight()).isEqualTo(4);
        });
    }

    @Test
    void theSameSessionSentTwiceAtOnceIsKeptOnceAndBothGetIt() throws Exception {
        var person = RoutineSessionsIntegrationTests.aConsentingPerson(identity, privacy);
        var pool = Executors.newFixedThreadPool(2);
        try {
            // Several rounds: each a new session sent by two threads released together.
            for (var round = 0; round < 8; round++) {
                var session = session(UUID.randomUUID(), false);
                var barrier = new CyclicBarrier(2);
                List<Future<SessionView>> sent = List.of(
                        pool.submit(() -> {
                            barrier.await();
                            return routines.recordSession(person.id(), session);
                        }),
                        pool.submit(() -> {
                            barrier.await();
                            return routines.recordSession(person.id(), session);
                        }));
                assertThat(sent.get(0).get(30, TimeUnit.SECONDS))
                        .isEqualTo(sent.get(1).get(30, TimeUnit.SECONDS));
                assertThat(routines.session(person.id(), session.id())).isPresent();
                jdbc.sql("DELETE FROM routines_sessions WHERE account_id = ?")
                        .param(person.id().value())
                        .update();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pinsAndNeedlesOrNumbnessPutsRoutinesOnHoldUntilANewPassedScreen() {
        var person = RoutineSessionsIntegrationTests.aConsentingPerson(identity, privacy);
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(routines.confirmScreen(person.id())).isEqualTo(Readiness.READY);

        routines.recordSession(person.id(), session(UUID.randomUUID(), false));
        assertThat(routines.readiness(person.id()))
                .as("a comfortable session changes nothing")
                .isEqualTo(Readiness.READY);

        // Two minutes on: not the same session finished again (that would be within a minute).
        var base = session(UUID.randomUUID(), true);
        var nerve = new RecordSession(
                base.id(),
                base.routineId(),
                base.startedAt().plusSeconds(120),
                base.endedAt().plusSeconds(120),
                false,
                base.exercises(),
                base.ratings(),
                base.comfortChecks());
        routines.recordSession(person.id(), nerve);
        assertThat(routines.hold(person.id())).hasValue(HoldReason.NERVE);
        assertThat(routines.readiness(person.id()))
                .as("not even a confirmation of the earlier pass: a new screen")
                .isEqualTo(Readiness.TAKE_SCREEN);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/routines/five-minute-release/play").body())
                .contains("Your routines are on hold", "pins and needles or numbness", "safety-net");

        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.CONFIRM);
        assertThat(routines.confirmScreen(person.id())).isEqualTo(Readiness.READY);
        routines.recordSession(person.id(), nerve);
        assertThat(routines.readiness(person.id()))
                .as("the same session sent again does not hold them again")
                .isEqualTo(Readiness.READY);
    }

    @Test
    void aNerveAnswerHoldsRoutinesEvenWhenTheSessionCannotBeKept() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(routines.confirmScreen(person.id())).isEqualTo(Readiness.READY);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, false));

        assertThatThrownBy(() -> routines.recordSession(person.id(), session(UUID.randomUUID(), true)))
                .isInstanceOf(HealthDataConsentNeeded.class);
        assertThat(rows("routines_sessions", person.id().value())).isZero();
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.TAKE_SCREEN);
    }

    @Test
    void shortenedDosesWorkWhereTheSettingIsOn() {
        var person = RoutineSessionsIntegrationTests.aConsentingPerson(identity, privacy);
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        routines.confirmScreen(person.id());
        assertThat(routines.allowsShortenedDoses()).isTrue();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var play = visitor.get("/routines/five-minute-release/play?scale=0.05");
        assertThat(play.statusCode()).isEqualTo(200);
        assertThat(play.body()).contains("id=\"player\"");
    }

    @Test
    void theNewWordingIsPlainAndMakesNoDiagnosis() {
        for (var key : List.of(
                "routines.ready.held.nerve.text",
                "routines.keep.intro",
                "routines.lagging.text.left",
                "routines.lagging.moves.left",
                "routines.lagging.therapist",
                "routines.mine.exercises.pairing")) {
            var text = messages.getMessage(key, new Object[] {"5-minute release", 2}, Locale.UK);
            assertThat(Readability.fleschReadingEase(text)).as(key).isGreaterThanOrEqualTo(60);
            assertThat(Readability.isDiagnostic(text)).as(key).isFalse();
        }
    }

    private long rows(String table, UUID account) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?")
                .param(account)
                .query(Long.class)
                .single();
    }
}
