package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.TwoStepSignIn;
import org.glutecoach.identity.domain.TwoStepCodes;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PracticeOwner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a returning person and the practice owner meet in their first hour, in a real browser with axe (WCAG 2.2
 * A/AA) on every page: keeping a result by signing in (two-step included), and the owner's practice pages, on a
 * desktop and on a 360-pixel-wide phone.
 */
@IntegrationTest
class ReturningPersonAndOwnerJourneyTests extends BrowserJourney {

    @Autowired
    IdentityService identity;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    SelfCheckResults results;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutbox mail;

    @Test
    void aReturningPersonKeepsAResultBySigningInWithTwoSteps() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var secret = twoStep.startTwoStep(person.id()).secret();
        twoStep.confirmTwoStep(person.id(), code(secret)).orElseThrow();
        var page = open(true);
        openKeepPage(page);
        assertThat(page.locator("h1")).hasText("Keep your result");
        checked(page, "keep-signed-out");

        page.getByRole(AriaRole.BUTTON, name("Sign in to keep it")).click();
        assertThat(page.locator("h1")).hasText("Sign in");
        checked(page, "keep-sign-in");
        page.getByLabel("Email address").fill(person.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Sign in")).click();
        assertThat(page.locator("#code")).isVisible();
        checked(page, "keep-two-step");
        jdbc.sql("UPDATE identity_accounts SET totp_last_step = NULL WHERE id = ?")
                .param(person.id().value())
                .update();
        page.locator("#code").fill(code(secret));
        page.locator("main form button[type=submit]").first().click();

        assertThat(page.locator("h1")).hasText("Keep your result");
        assertThat(page.getByLabel("Yes, keep my health answers")).not().isChecked();
        checked(page, "keep-consent-after-sign-in");
        page.getByLabel("Yes, keep my health answers").check();
        page.getByRole(AriaRole.BUTTON, name("Keep my result")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your result is kept");
        checked(page, "keep-kept");
        assertThat(results.history(person.id())).hasSize(1);

        page.getByRole(AriaRole.LINK, name("Your dashboard")).click();
        assertThat(page.locator("h1")).hasText("Welcome");
        assertThat(page.getByRole(AriaRole.LINK, name("Your dashboard"))).hasAttribute("aria-current", "page");
    }

    @Test
    void theOwnerKeepsThePracticeUpToDateOnDesktopAndPhone() {
        var owner = PracticeOwner.of(identity, jdbc);
        var page = open(true);
        owner.signIn(page, url("/sign-in"));
        assertThat(page.locator("h1")).containsText("Welcome");
        page.getByRole(AriaRole.LINK, name("The practice")).first().click();
        assertThat(page.locator("h1")).hasText("The practice");
        checked(page, "practice-home");

        page.getByRole(AriaRole.LINK, name("Change the contact details")).click();
        checked(page, "practice-details");
        var name = page.getByLabel("Name of the practice");
        var before = name.inputValue();
        page.getByLabel("Phone number").fill("ring us");
        page.getByRole(AriaRole.BUTTON, name("Save the details")).click();
        assertThat(page.locator("#phone-error")).containsText("Enter a phone number");
        checked(page, "practice-details-errors");
        page.getByLabel("Phone number").fill("020 7946 0000");
        page.getByRole(AriaRole.BUTTON, name("Save the details")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The contact details are saved");
        assertThat(name).hasValue(before);

        page.navigate(url("/practice/therapists"));
        var invited = AccountFixtures.uniqueEmail();
        page.getByLabel("Email address").fill(invited);
        page.getByRole(AriaRole.BUTTON, name("Send the invitation")).click();
        var row = page.locator("tr", new Page.LocatorOptions().setHasText(invited));
        assertThat(row).hasCount(1);
        checked(page, "practice-invitations");
        phone(page, "practice-invitations-phone");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The invitation is withdrawn");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(invited)))
                .hasCount(0);

        page.setViewportSize(1024, 900);
        page.navigate(url("/practice/audit"));
        assertThat(page.locator("caption")).hasText("Audit log of the practice, page 1, newest first");
        assertThat(page.locator("main")).containsText("Therapist invitation withdrawn");
        assertThat(page.locator("main")).containsText(PracticeOwner.NAME);
        checked(page, "practice-audit");
        page.getByLabel("What happened").selectOption("THERAPIST_INVITATION_WITHDRAWN");
        page.getByRole(AriaRole.BUTTON, name("Show these lines")).click();
        assertThat(page.locator("tbody tr").first()).containsText("Therapist invitation withdrawn");
        page.getByLabel("Person").fill("nobody-here@example.com");
        page.getByRole(AriaRole.BUTTON, name("Show these lines")).click();
        assertThat(page.locator("#person-error")).hasText("No account has that email address.");
        checked(page, "practice-audit-unknown-person");
        page.getByRole(AriaRole.LINK, name("Show every line")).click();
        phone(page, "practice-audit-phone");
        // Mail waits while the SMTP server is down: its table, with a long error, must fit a phone too.
        MailServer.outage(() -> {
            page.navigate(url("/practice/therapists"));
            page.getByLabel("Email address").fill(AccountFixtures.uniqueEmail());
            page.getByRole(AriaRole.BUTTON, name("Send the invitation")).click();
            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            mail.status().oldestWaiting().stream().anyMatch(waiting -> waiting.lastError() != null));
            page.navigate(url("/practice/mail"));
            assertThat(page.locator("tbody tr").first()).isVisible();
            phone(page, "practice-mail-phone");
        });
    }

    /** At 360 pixels wide (a small phone), nothing is wider than the screen, and axe still passes. */
    private static void phone(Page page, String name) {
        page.setViewportSize(360, 800);
        var overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        var wide = page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                + ".slice(0, 10)");
        Browser.screenshot(page, name);
        assertThat(overflow.intValue())
                .as("wider than a 360-pixel screen by (elements: " + wide + ")")
                .isLessThanOrEqualTo(0);
        checked(page, name);
        page.setViewportSize(1024, 900);
    }

    /** Reaches the keep page as the result page's form would, with the desk worker's answers. */
    private void openKeepPage(Page page) {
        page.navigate(url("/self-check"));
        var answers = new LinkedHashMap<String, String>();
        SelfCheckFixtures.deskWorkerAnswers()
                .forEach((id, value) ->
                        answers.put(id, String.valueOf(value instanceof java.util.List<?> list ? list.get(0) : value)));
        page.evaluate(
                "answers => { const form = document.createElement('form'); form.method = 'post';"
                        + " form.action = '/self-check/keep';"
                        + " const fields = Object.assign({_csrf: document.querySelector('input[name=_csrf]').value}, answers);"
                        + " for (const [name, value] of Object.entries(fields)) { const input = document.createElement('input');"
                        + " input.type = 'hidden'; input.name = name; input.value = value; form.appendChild(input); }"
                        + " document.body.appendChild(form); form.submit(); }",
                (Map<String, String>) answers);
        page.waitForURL("**/self-check/keep");
    }

    private static String code(String secret) {
        return TwoStepCodes.codeAt(secret, Instant.now().getEpochSecond() / 30);
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static void checked(Page page, String name) {
        Browser.assertAccessible(page, name);
    }
}
