package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person opens the library, picks "5-minute release", signs in, confirms their recent passed red-flag screen and
 * plays the routine to the end with shortened doses: a comfort check after the release, both sides rated after
 * the squeeze, the session recorded once. axe on every page.
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
        Browser.assertAccessible(page, "routines-play");
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

        assertThat(page.locator("h1")).hasText("Session saved");
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
    }
}
