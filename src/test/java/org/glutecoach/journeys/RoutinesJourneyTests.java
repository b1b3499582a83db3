package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.JourneySteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person opens the library, picks "5-minute release", signs in, confirms their recent passed red-flag screen and
 * plays the routine to the end with shortened doses ({@code ?scale=}): a comfort check after the release, both
 * sides rated after the squeeze, the session recorded once and seen in today's tracker entry. Then: a comfort
 * check that stops an exercise, a run with the keyboard only, and a run with the network off after the first visit,
 * counted once when back online (ADR 17). axe on every page.
 */
@IntegrationTest
class RoutinesJourneyTests extends BrowserJourney {

    /** Long enough for a few shortened holds on a busy machine. */
    static final double WAIT = 30_000;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void openTheLibraryAndPlayTheFiveMinuteReleaseToTheEnd() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());

        var page = open(true);
        page.navigate(url("/routines"));
        assertThat(page.locator("h1")).hasText("Routines and exercises");
        Browser.assertAccessible(page, "routines-library");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Massage ball release on the floor"))
                .click();
        assertThat(page.locator("h1")).hasText("Massage ball release on the floor");
        Browser.assertAccessible(page, "routines-exercise");
        page.navigate(url("/routines"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("5-minute release"))
                .click();
        assertThat(page.locator("h1")).hasText("5-minute release");
        Browser.assertAccessible(page, "routines-routine");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start this routine"))
                .click();
        page.getByLabel("Email address").fill(person.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("Before your first routine");
        Browser.assertAccessible(page, "routines-ready");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, nothing has changed"))
                .click();
        assertThat(page.locator("#player")).isVisible();

        // Shortened doses: every hold and rest at a twentieth of its length.
        page.navigate(url("/routines/five-minute-release/play?scale=0.05"));
        assertThat(page.locator("#player-name")).hasText("Massage ball release on the floor");
        assertThat(page.locator("#player-caution")).isVisible();
        assertThat(page.locator("#player-do-not-list")).containsText("broken skin");
        assertThat(page.locator("#player-side")).isEmpty();
        Browser.assertAccessible(page, "routines-play-caution");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this, start the exercise"))
                .click();
        assertThat(page.locator("#player-caution")).isHidden();
        assertThat(page.locator("#player-side")).hasText("Left side now");
        assertThat(page.locator("#player-fallback")).isHidden();
        // Paused while axe looks, so the shortened hold does not run out meanwhile; the count stands still.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause"))
                .click();
        var count = page.locator("#player-count").textContent();
        Browser.assertAccessible(page, "routines-play");
        assertThat(page.locator("#player-count")).hasText(count);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume"))
                .click();
        assertThat(page.locator("#player-side"))
                .hasText("Right side now", new LocatorAssertions.HasTextOptions().setTimeout(WAIT));
        assertThat(page.locator("#player-comfort"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT));
        Browser.assertAccessible(page, "routines-play-comfort");
        page.getByLabel("Discomfort, 0 to 10").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on"))
                .click();
        assertThat(page.locator("#player-name")).hasText("Standing glute squeeze, one side at a time");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this, start the exercise"))
                .click();
        assertThat(page.locator("#player-rate")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT));
        Browser.assertAccessible(page, "routines-play-rate");
        page.getByLabel("Left side, 0 to 10").fill("7");
        page.getByLabel("Right side, 0 to 10").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and go on"))
                .click();

        assertThat(page.locator("h1"))
                .hasText("Session saved", new LocatorAssertions.HasTextOptions().setTimeout(WAIT));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Well done: you finished 5-minute release.");
        assertThat(page.locator("main")).containsText("Left side 7 out of 10, right side 4 out of 10.");
        Browser.assertAccessible(page, "routines-done");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM routines_sessions WHERE account_id = ? AND finished")
                        .param(person.id().value())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM routines_session_comfort_checks c JOIN routines_sessions s ON s.id = c.session_id
                WHERE s.account_id = ? AND c.rating = 4""").param(person.id().value()).query(Long.class).single())
                .isOne();

        page.navigate(url("/tracker"));
        assertThat(page.locator("#releaseDone")).isChecked();
        assertThat(page.locator("#activationDone")).isChecked();
    }

    @Test
    void aComfortCheckAboveTheCeilingStopsThatExercise() {
        var page = signedInAndReady();
        page.navigate(url("/routines/five-minute-release/play?scale=0.05"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this, start the exercise"))
                .click();
        assertThat(page.locator("#player-comfort"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT));
        page.getByLabel("Discomfort, 0 to 10").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That was more than 7 out of 10");
        assertThat(page.locator("#player-easier")).hasAttribute("href", "/routines/exercises/ball-release-wall");
        assertThat(page.locator("#player-name")).hasText("Standing glute squeeze, one side at a time");
        Browser.assertAccessible(page, "routines-play-comfort-stop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on with the routine"))
                .click();
        assertThat(page.locator("#player-stop-comfort")).isHidden();
    }

    @Test
    void playWithTheKeyboardOnly() {
        var person = signedInAndReadyPerson();
        var page = person.page();
        // Holds long enough (13 s a side) that a loaded machine's slow key presses still land in the first hold,
        // before the comfort check takes the focus; the skips below do not wait for them.
        page.navigate(url("/routines/five-minute-release/play?scale=0.15"));
        // The cautions come first, with the focus on their heading: Tab reaches the button, Enter presses it.
        assertThat(page.locator("#player-caution-heading")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#player-caution-read")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#player-side")).hasText("Left side now");
        assertThat(page.locator("#player-name")).isFocused();

        // The button that had the focus is gone with the cautions (the focus is on the exercise's name): space and
        // the arrows act on the player.
        page.keyboard().press(" ");
        assertThat(page.locator("#player-pause")).hasText("Resume");
        page.keyboard().press(" ");
        assertThat(page.locator("#player-pause")).hasText("Pause");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#player-side")).hasText("Right side now");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#player-side")).hasText("Left side now");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        // The comfort check takes the focus; a number field keeps its own arrow keys.
        assertThat(page.locator("#comfort-rating")).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(page.locator("#comfort-rating")).hasValue("4");
        assertThat(page.locator("#player-comfort")).isVisible();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on")))
                .isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#player-caution-heading")).isFocused();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#rate-left")).isFocused(new LocatorAssertions.IsFocusedOptions().setTimeout(WAIT));
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Tab");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1"))
                .hasText("Session saved", new LocatorAssertions.HasTextOptions().setTimeout(WAIT));
        assertThat(page.locator("main")).containsText("Left side 6 out of 10, right side 4 out of 10.");
        assertThat(finishedSessions(person.id())).isOne();
    }

    @Test
    void playWithTheNetworkOffAfterTheFirstVisitAndCountItOnceWhenBackOnline() {
        var person = signedInAndReadyPerson();
        var page = person.page();
        var player = url("/routines/five-minute-release/play?scale=0.05");
        page.navigate(url("/routines"));
        assertThat(page.locator("html")).hasAttribute("data-offline", "ready");
        page.navigate(player);
        assertThat(page.locator("html")).hasAttribute("data-offline", "ready");
        // The copy the worker keeps: served again offline, it proves the page came from the cache.
        var keptSessionField = (String) page.evaluate("() => caches.match(location.href).then(r => r.text())"
                + ".then(t => new DOMParser().parseFromString(t, 'text/html')"
                + ".querySelector('#player-finish input[name=id]').value)");

        page.context().setOffline(true);
        page.navigate(url("/routines"));
        assertThat(page.locator("h1")).hasText("Routines and exercises");
        page.navigate(player);
        assertThat(page.locator("#player-finish input[name=id]")).hasValue(keptSessionField);
        assertThat(page.locator("#player-caution")).isVisible();
        Browser.assertAccessible(page, "routines-play-offline");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this, start the exercise"))
                .click();
        assertThat(page.locator("#player-comfort"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT));
        page.getByLabel("Discomfort, 0 to 10").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this, start the exercise"))
                .click();
        assertThat(page.locator("#player-rate")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and go on"))
                .click();
        assertThat(page.locator("#player-saved-here"))
                .hasText(
                        "You are offline. Your session is kept on this phone or computer and will be sent when you are back"
                                + " online.");
        Browser.assertAccessible(page, "routines-play-offline-kept");
        assertThat(finishedSessions(person.id())).isZero();

        page.context().setOffline(false);
        assertThat(page.locator("h1"))
                .hasText("Session saved", new LocatorAssertions.HasTextOptions().setTimeout(WAIT));
        assertThat(finishedSessions(person.id())).isOne();
        page.navigate(player);
        page.navigate(url("/routines"));
        assertThat(page.locator("html")).hasAttribute("data-offline", "ready");
        assertThat(finishedSessions(person.id())).isOne();
        page.navigate(url("/tracker"));
        assertThat(page.locator("#releaseDone")).isChecked();
    }

    @Test
    void spokenCuesCanBeSwitchedOffAndTheCountDoesNotMoveForReducedMotion() {
        var page = signedInAndReady();
        // What the browser is asked to say, and tones made, recorded in place of a real voice and speaker.
        page.addInitScript(
                "window.spoken = []; window.tones = 0;"
                        + " speechSynthesis.speak = (u) => window.spoken.push(u.text);"
                        + " const make = AudioContext.prototype.createOscillator;"
                        + " AudioContext.prototype.createOscillator = function () { window.tones++; return make.call(this); };");
        page.navigate(url("/routines/five-minute-release/play?scale=0.05"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this, start the exercise"))
                .click();
        assertThat(page.locator("#player-side")).hasText("Left side now");
        page.waitForFunction("() => window.spoken.includes('Left side now') && window.tones > 0");
        assertThat(page.locator("#player-count")).hasCSS("animation-name", Pattern.compile("count-tick-(odd|even)"));

        page.getByLabel("Say each change out loud").uncheck();
        page.reload();
        assertThat(page.getByLabel("Say each change out loud")).not().isChecked();
        assertThat(page.getByLabel("Play a short tone at each change")).isChecked();
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this, start the exercise"))
                .click();
        assertThat(page.locator("#player-comfort"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT));
        assertThat(page.locator("#player-count")).hasCSS("animation-name", "none");
        assertThat((Number) page.evaluate("() => window.spoken.length")).isEqualTo(0);
        assertThat((Number) page.evaluate("() => window.tones")).isNotEqualTo(0);
    }

    @Test
    void theGateSendsThemToTheSelfCheckAndKeepingAPassBringsThemBackToTheRoutine() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var page = open(false);
        JourneySteps.signIn(page, url("/sign-in"), person.email());
        page.navigate(url("/routines/five-minute-release/play"));
        assertThat(page.locator("h1")).hasText("Before your first routine");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the self-check"))
                .click();

        JourneySteps.answerEverySelfCheckStep(page, SelfCheckFixtures.clearAnswers());
        assertThat(page.locator("h1")).hasText("Why your back may ache");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep this result"))
                .click();
        // No consent to keep health answers yet: asked on the spot, and still on the way back to the routine.
        page.getByLabel("Yes, keep my health answers").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep my result"))
                .click();

        page.waitForURL("**/routines/five-minute-release/play");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, nothing has changed")))
                .isVisible();
        Browser.assertAccessibleWithoutScript(page, "routines-back-from-self-check");
        assertThat(results.history(person.id())).hasSize(1);
    }

    @Test
    void aRedFlagReachedFromTheGateShowsItsScreenAndGoesNowhereElse() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var page = open(false);
        JourneySteps.signIn(page, url("/sign-in"), person.email());
        page.navigate(url("/routines/five-minute-release/play"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the self-check"))
                .click();

        JourneySteps.answerEverySelfCheckStep(
                page, SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "E_SADDLE", "YES"));

        assertThat(page.locator("h1")).hasText("Call 999 or go to A&E now");
        assertThat(page.locator("#self-check form")).hasCount(0);
        assertThat(page.locator("a[href*='/routines/']")).hasCount(0);
        assertThat(page.url()).doesNotContain("/routines/");
        Browser.assertAccessibleWithoutScript(page, "routines-gate-red-flag");
    }

    record ReadyPerson(org.glutecoach.identity.AccountId id, Page page) {}

    private Page signedInAndReady() {
        return signedInAndReadyPerson().page();
    }

    /** A signed-in person who agreed to keep health data and has passed the red-flag screen, past the ready page. */
    private ReadyPerson signedInAndReadyPerson() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        var page = open(true);
        JourneySteps.signIn(page, url("/sign-in"), person.email());
        page.navigate(url("/routines/five-minute-release/play"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, nothing has changed"))
                .click();
        assertThat(page.locator("#player")).isVisible();
        return new ReadyPerson(person.id(), page);
    }

    private long finishedSessions(org.glutecoach.identity.AccountId person) {
        return jdbc.sql("SELECT COUNT(*) FROM routines_sessions WHERE account_id = ? AND finished")
                .param(person.value())
                .query(Long.class)
                .single();
    }
}
