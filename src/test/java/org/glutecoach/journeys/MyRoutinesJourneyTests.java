package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.routines.RoutinesService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.JourneySteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in person builds a routine of their own from the library, moves an exercise up, and opens the player
 * for it (their red-flag screen already confirmed). axe on every page.
 */
@IntegrationTest
class MyRoutinesJourneyTests extends BrowserJourney {

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    RoutinesService routines;

    @Test
    void buildAnOwnRoutineReorderItAndOpenThePlayer() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        routines.confirmScreen(person.id());

        var page = open(true);
        JourneySteps.signIn(page, url("/sign-in"), person.email());
        page.navigate(url("/routines"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your own routines: build one"))
                .click();
        assertThat(page.locator("h1")).hasText("Your own routines");
        Browser.assertAccessible(page, "routines-mine");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the routine"))
                .click();
        assertThat(page.locator("#name-error")).hasText("Give your routine a name.");
        Browser.assertAccessible(page, "routines-mine-errors");

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("After work");
        page.getByLabel("Foam roller glute release").check();
        page.getByLabel("Glute bridge", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Side-lying clamshell").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the routine"))
                .click();
        assertThat(page.locator("h1")).hasText("After work");
        Browser.assertAccessible(page, "routines-mine-routine");
        var steps = page.locator("ol.routine-steps > li > a");
        assertThat(steps).hasText(new String[] {"Foam roller glute release", "Side-lying clamshell", "Glute bridge"});

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Move up\\W+Glute bridge$")))
                .click();
        assertThat(steps).hasText(new String[] {"Foam roller glute release", "Glute bridge", "Side-lying clamshell"});

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start this routine"))
                .click();
        assertThat(page.locator("h1")).hasText("After work");
        assertThat(page.locator("#player")).isVisible();
        Browser.assertAccessible(page, "routines-mine-play");
    }
}
