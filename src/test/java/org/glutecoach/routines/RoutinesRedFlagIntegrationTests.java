package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.shared.Readability;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * An EMERGENCY or URGENT red-flag screen stops a person's routines until they pass the self-check again (HZ-02
 * control 7, HZ-03 control 5): routines done before no longer count, the ready page says why, and a fresh pass
 * lets them confirm and go on. SOON does not stop them.
 */
@IntegrationTest
class RoutinesRedFlagIntegrationTests {

    static final String PLAY = "/routines/five-minute-release/play";

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
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Test
    void anUrgentScreenStopsRoutinesThePageSaysWhyAndAFreshPassLetsThemGoOn() throws Exception {
        var person = aPersonWhoHasDoneARoutine();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get(PLAY).body())
                .contains("id=\"player\"")
                .doesNotContain(escaped("routines.ready.held.text"));

        Thread.sleep(5); // the screen comes after the pass of a moment ago
        transaction.executeWithoutResult(status ->
                events.publishEvent(new RedFlagShownToAccount(person.id(), RedFlagTier.URGENT, clock.instant())));
        assertThat(routines.readiness(person.id()))
                .as("neither the old confirmation nor the routine done before counts")
                .isEqualTo(Readiness.TAKE_SCREEN);
        assertThat(routines.confirmScreen(person.id())).isEqualTo(Readiness.TAKE_SCREEN);
        var held = visitor.get(PLAY).body();
        assertThat(held)
                .contains(escaped("routines.ready.held.title"), escaped("routines.ready.held.text"))
                .contains("href=\"/self-check?returnTo=" + PLAY + "\"")
                .doesNotContain("id=\"player\"", escaped("routines.ready.confirm.button"));

        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.CONFIRM);
        assertThat(visitor.get(PLAY).body()).contains(escaped("routines.ready.confirm.button"));
        visitor.get(PLAY);
        assertThat(visitor.post("/routines/five-minute-release/ready", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.READY);
        assertThat(routines.heldForRedFlag(person.id())).isFalse();
        assertThat(visitor.get(PLAY).body())
                .contains("id=\"player\"")
                .doesNotContain(escaped("routines.ready.held.text"));
    }

    @Test
    void anEmergencyScreenStopsRoutinesAndAPassBeforeItDoesNotCount() throws Exception {
        var person = aPersonWhoHasDoneARoutine();
        Thread.sleep(5);
        events.publishEvent(new RedFlagShownToAccount(person.id(), RedFlagTier.EMERGENCY, clock.instant()));
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.TAKE_SCREEN);
        assertThat(routines.heldForRedFlag(person.id())).isTrue();
        events.publishEvent(new RedFlagShownToAccount(
                person.id(), RedFlagTier.URGENT, clock.instant().minusSeconds(3600)));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(routines.readiness(person.id()))
                .as("an older screen heard late does not move the time back")
                .isEqualTo(Readiness.CONFIRM);
    }

    @Test
    void aSoonScreenDoesNotStopRoutines() {
        var person = aPersonWhoHasDoneARoutine();
        transaction.executeWithoutResult(status ->
                events.publishEvent(new RedFlagShownToAccount(person.id(), RedFlagTier.SOON, clock.instant())));
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.READY);
        assertThat(routines.heldForRedFlag(person.id())).isFalse();
    }

    @Test
    void theReadyPageWordingIsPlainAndDoesNotDiagnose() {
        for (var key : List.of(
                "routines.ready.held.title",
                "routines.ready.held.text",
                "routines.ready.confirm.text",
                "routines.ready.take.text")) {
            var text = messages.getMessage(key, null, Locale.UK);
            assertThat(Readability.fleschReadingEase(text)).as(key).isGreaterThanOrEqualTo(60);
            assertThat(Readability.isDiagnostic(text)).as(key).isFalse();
        }
    }

    private AccountView aPersonWhoHasDoneARoutine() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(routines.confirmScreen(person.id())).isEqualTo(Readiness.READY);
        var now = Instant.now();
        routines.recordSession(
                person.id(),
                new RecordSession(
                        UUID.randomUUID(),
                        "five-minute-release",
                        now.minusSeconds(240),
                        now,
                        true,
                        List.of("ball-release-floor"),
                        new RecordSession.Ratings(7, 4),
                        List.of()));
        return person;
    }

    private String escaped(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.UK));
    }
}
