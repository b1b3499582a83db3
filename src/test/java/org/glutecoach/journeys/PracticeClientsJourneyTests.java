package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PersonalDataFixtures;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person shares with the practice, their therapist finds them (search as you type) and reads the record; the
 * person withdraws and the therapist's view shrinks at once; the person sees the looks in their recent activity.
 * axe (WCAG 2.2 A/AA) on every page.
 */
@IntegrationTest
class PracticeClientsJourneyTests extends BrowserJourney {

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonSharesTheTherapistReadsTheRecordAndWithdrawalShrinksIt() {
        var owner = PracticeOwner.of(identity, jdbc).account();
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var person = AccountFixtures.aPerson(identity);
        PersonalDataFixtures.everywhere(app, person, Map.of(ConsentKind.HEALTH_DATA, true));
        var page = open(true);

        signIn(page, person);
        share(page, true);
        var client = new ClientId(jdbc.sql("SELECT id FROM practice_clients WHERE account_id = ?")
                .param(person.id().value())
                .query(UUID.class)
                .single());
        clients.assign(owner.id(), client, therapist.account().id());

        page.context().clearCookies();
        signIn(page, therapist);
        page.navigate(url("/practice/clients"));
        Browser.assertAccessible(page, "client-list");
        page.getByLabel("Name or email address").fill(person.email().substring(0, 20));
        assertThat(page.locator("#client-results")).containsText(person.email());
        page.locator("#client-results a").first().click();
        assertThat(page.locator("#red-flags-heading")).isVisible();
        assertThat(page.locator("#self-check-heading")).isVisible();
        Browser.assertAccessible(page, "client-record");

        page.context().clearCookies();
        signIn(page, person);
        share(page, false);

        page.context().clearCookies();
        signIn(page, therapist);
        page.navigate(url("/practice/clients/" + client));
        assertThat(page.locator("#not-sharing")).isVisible();
        assertThat(page.locator("#red-flags-heading")).hasCount(0);
        Browser.assertAccessible(page, "client-record-withdrawn");

        page.context().clearCookies();
        signIn(page, person);
        page.navigate(url("/account/activity"));
        assertThat(page.locator("main")).containsText("Your therapist looked at your results");
        Browser.assertAccessible(page, "activity-after-therapist-looked");
    }

    private void share(Page page, boolean yes) {
        page.navigate(url("/consent"));
        var box = page.getByLabel("Yes, let the practice see my results and progress");
        if (yes) {
            box.check();
        } else {
            box.uncheck();
        }
        Browser.assertAccessible(page, yes ? "consent-share" : "consent-withdraw");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my choices"))
                .click();
    }

    private void signIn(Page page, AccountView person) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(person.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
    }

    private void signIn(Page page, StaffFixtures.Therapist therapist) {
        signIn(page, therapist.account());
        page.locator("#code").fill(therapist.freshCode());
        page.locator("main form button[type=submit]").first().click();
    }
}
