package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.JourneySteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The self-check in a real browser, with and without JavaScript: a red flag on the first screen stops it; a full
 * self-check ends in a personal explanation. Every page visited passes axe (WCAG 2.2 A/AA).
 */
@IntegrationTest
class SelfCheckJourneyTests extends BrowserJourney {

    @Autowired
    RedFlagEvents redFlagEvents;

    @Autowired
    org.glutecoach.identity.IdentityService identity;

    @Test
    void aRedFlagOnTheFirstScreenStopsTheCheck() {
        var page = open(true);
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the self-check"))
                .click();
        accessible(page, true, "self-check-age");
        page.getByLabel("How old are you?").fill("45");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).hasText("Signs that need a doctor first");
        // Swapped in by htmx: focus moves to the new step's heading, so a screen reader says where it is.
        assertThat(page.locator("#self-check h1")).isFocused();
        accessible(page, true, "self-check-red-flags");
        Browser.screenshot(page, "self-check-red-flags");
        assertThat(page.locator(".site-footer .not-advice")).isVisible();

        page.locator("input[name=E_SADDLE][value=YES]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        assertThat(page.locator("h1")).hasText("Call 999 or go to A&E now");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 999")))
                .hasAttribute("href", "tel:999");
        assertThat(page.locator(".pattern")).hasCount(0);
        assertThat(page.locator("#self-check form")).hasCount(0);
        // The panel was swapped in: the footer's general "speak to a GP" line must not stay under "Call 999".
        assertThat(page.locator(".site-footer .not-advice")).isHidden();
        assertThat(page.locator("#self-check h1")).isFocused();
        assertThat(page).hasTitle("Your result · Glute Coach");
        accessible(page, true, "self-check-emergency");
        Browser.screenshot(page, "self-check-emergency");

        // Tapping the call button: the call link stays a plain tel: link, and the browser pings us on the side.
        var ping = page.waitForRequest(
                request -> request.url().endsWith("/call-tapped"),
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 999"))
                        .click());
        assertThat(ping.method()).isEqualTo("POST");
        assertThat(ping.response().status()).isEqualTo(204);
        var eventId = UUID.fromString(ping.url().replaceAll(".*/red-flag-events/([^/]+)/.*", "$1"));
        var event = redFlagEvents.findById(eventId).orElseThrow();
        assertThat(event.actionShown()).isEqualTo("call999");
        assertThat(event.userTappedCall()).isTrue();
    }

    @Test
    void aRedFlagAnsweredAfterTheSessionLapsedStillShowsThe999Advice() {
        redFlagAfterTheSessionLapsed(true);
    }

    @Test
    void aRedFlagAnsweredAfterTheSessionLapsedShowsThe999AdviceWithJavaScriptOff() {
        redFlagAfterTheSessionLapsed(false);
    }

    @Test
    void noRedFlagAfterTheSessionLapsedAsksToStartAgain() {
        var page = redFlagStepThenTheSessionLapses(true);
        page.locator("input[value=NO]").all().forEach(no -> no.check());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your page had timed out, so please start again");
        assertThat(page.locator("h1")).hasText("About you");
        assertThat(page.locator(".safety-net h2")).hasText("When to get help at once");
        accessible(page, true, "self-check-timed-out");
        // Starting again works: the new page carries a fresh form token.
        page.getByLabel("How old are you?").fill("45");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).hasText("Signs that need a doctor first");
    }

    /**
     * Answers the first step, then the session (and with it the form token's cookie) is gone while the red-flag
     * step is open, as after 30 idle minutes.
     */
    private Page redFlagStepThenTheSessionLapses(boolean javaScript) {
        var page = open(javaScript);
        page.navigate(url("/self-check"));
        page.getByLabel("How old are you?").fill("45");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).hasText("Signs that need a doctor first");
        page.context().clearCookies();
        return page;
    }

    private void redFlagAfterTheSessionLapsed(boolean javaScript) {
        long before = redFlagEvents.count();
        var page = redFlagStepThenTheSessionLapses(javaScript);
        page.locator("input[name=E_SADDLE][value=YES]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        assertThat(page.locator("h1")).hasText("Call 999 or go to A&E now");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 999")))
                .hasAttribute("href", "tel:999");
        assertThat(redFlagEvents.count())
                .as("nothing recorded without a session")
                .isEqualTo(before);
        var name = "self-check-emergency-after-lapse" + (javaScript ? "" : "-no-js");
        accessible(page, javaScript, name);
        Browser.screenshot(page, name);
    }

    @Test
    void aFullSelfCheckExplainsWhyWithThePersonsOwnAnswers() {
        fullSelfCheck(true);
    }

    @Test
    void theFullSelfCheckWorksWithJavaScriptOff() {
        fullSelfCheck(false);
    }

    @Test
    void missingAnswersAreShownBesideTheirQuestions() {
        var page = open(true);
        page.navigate(url("/self-check"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("#AGE-error")).hasText("Please answer this question.");
        assertThat(page.getByLabel("How old are you?")).hasAttribute("aria-invalid", "true");
        // The summary names the question, linked to it.
        assertThat(page.locator(".error-summary a[href='#q-AGE']")).hasText("How old are you?");
        accessible(page, true, "self-check-age-error");

        page.getByLabel("How old are you?").fill("14");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).hasText("This self-check is for adults");
        assertThat(page.locator(".safety-net h2")).hasText("When to get help at once");
        assertThat(page.locator(".under-16 .actions")).containsText("Tell a parent, carer or teacher");
        accessible(page, true, "self-check-under-16");
    }

    /**
     * An error in the middle of the self-check with JavaScript on (here the step's post sent on to a page that fails
     * on the server, as a fault in the database would) puts the error page in place of the step, with where to get
     * urgent help, as it would without JavaScript, instead of the button doing nothing (HZ-25). A post whose token
     * no longer holds is not an error any more: it is read as a lapsed session (HZ-26, the journeys below).
     */
    @Test
    void anErrorInTheMiddleOfTheSelfCheckSaysWhereToGetUrgentHelp() {
        var page = open(true);
        // Signed in: the failing test page, like every page of ours not public, needs a signed-in person.
        var person = org.glutecoach.support.AccountFixtures.aVerifiedPerson(identity);
        org.glutecoach.support.JourneySteps.signIn(page, url("/sign-in"), person.email());
        page.waitForURL(address -> !address.contains("/sign-in"));
        page.navigate(url("/self-check"));
        page.getByLabel("How old are you?").fill("45");
        page.route(url("/self-check"), route -> route.resume(new Route.ResumeOptions().setUrl(url("/test/broken"))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        assertThat(page.locator("h1")).hasText("Sorry, something went wrong on our side");
        assertThat(page.locator(".safety-net h2")).hasText("When to get help at once");
        assertThat(page.locator(".safety-net a[href='tel:999']")).isVisible();
        assertThat(page.locator("main")).hasCount(1);
        accessible(page, true, "self-check-error");
    }

    private static final List<String> STEP_TITLES = List.of(
            "About you",
            "Signs that need a doctor first",
            "More signs to check",
            "Last checks before we explain",
            "Your pain",
            "Your sitting",
            "How active you are",
            "Quick self-tests");

    @Test
    void keepTheResultBySigningUpThenCompareTheNextOne() {
        var page = open(true);
        var email = org.glutecoach.support.AccountFixtures.uniqueEmail();
        answerAll(page, SelfCheckFixtures.deskWorkerAnswers());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it with a free account"))
                .click();
        assertThat(page.locator("h1")).hasText("Keep your result");
        accessible(page, true, "keep-sign-up");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("a very good password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account and keep my result"))
                .click();
        assertThat(page.locator("#healthData-error")).containsText("Tick this box");
        accessible(page, true, "keep-sign-up-error");
        page.getByLabel("Password").fill("a very good password");
        page.getByLabel("Yes, keep my health answers").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account and keep my result"))
                .click();
        assertThat(page.locator("h1")).hasText("Check your email");
        // Health answers are kept only once the address is confirmed: the page says so.
        assertThat(page.locator("main")).containsText("We have not kept your result yet");

        var link = org.glutecoach.support.MailServer.link(
                org.glutecoach.support.MailServer.awaitMailTo(email, "Please confirm your email address"));
        page.navigate(url(link.substring(link.indexOf("/verify-email"))));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a very good password");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Welcome");
        answerAll(page, SelfCheckFixtures.deskWorkerAnswers());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep this result"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your result is kept");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        accessible(page, true, "self-check-history");
        page.locator("table tbody a").first().click();
        assertThat(page.locator("main")).containsText("This is your first kept result");
        assertThat(page.locator(".safety-net")).isVisible();
        accessible(page, true, "self-check-kept-result");

        answerAll(page, SelfCheckFixtures.with(SelfCheckFixtures.deskWorkerAnswers(), "PAIN_NOW", 2));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep this result"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your result is kept");
        assertThat(page.locator("table tbody tr")).hasCount(2);
        page.locator("table tbody a").first().click();
        var painRow = page.locator("tr", new Page.LocatorOptions().setHasText("Pain now (0 to 10)"));
        assertThat(painRow.locator("td").nth(0)).hasText("4");
        assertThat(painRow.locator("td").nth(1)).hasText("2");
        accessible(page, true, "self-check-compared");
    }

    private void answerAll(Page page, Map<String, Object> answers) {
        page.navigate(url("/self-check"));
        for (var title : STEP_TITLES) {
            assertThat(page.locator("h1")).hasText(title);
            JourneySteps.answerSelfCheckStep(page, answers);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
        }
        assertThat(page.locator("h1")).hasText("Why your back may ache");
    }

    private void fullSelfCheck(boolean javaScript) {
        var page = open(javaScript);
        var answers = SelfCheckFixtures.deskWorkerAnswers();
        page.navigate(url("/self-check"));
        var titles = STEP_TITLES;
        for (int i = 0; i < titles.size(); i++) {
            assertThat(page.locator("h1")).hasText(titles.get(i));
            if (javaScript && i > 0) {
                assertThat(page.locator("#self-check h1")).isFocused();
                assertThat(page).hasTitle("Self-check · Glute Coach");
            }
            accessible(page, javaScript, "self-check-step-" + (i + 1) + (javaScript ? "" : "-no-js"));
            JourneySteps.answerSelfCheckStep(page, answers);
            if (i == 5) {
                // Back and forward again keeps what was answered.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back"))
                        .click();
                assertThat(page.locator("h1")).hasText("Your pain");
                assertThat(page.locator("input[name=PAIN_WHERE][value=LEFT]")).isChecked();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                        .click();
                assertThat(page.getByLabel("On a normal day, about how many hours do you sit? Count work, travel, "
                                + "meals, TV and screens."))
                        .hasValue("9");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
        }
        assertThat(page.locator("h1")).hasText("Why your back may ache");
        assertThat(page).hasTitle("Your result · Glute Coach");
        assertThat(page.locator(".pattern")).hasCount(3);
        assertThat(page.locator(".pattern h3").first()).containsText("Long spells of sitting");
        assertThat(page.locator(".chain").first()).containsText("You sit about 9 hours on a normal day.");
        assertThat(page.locator(".advice")).containsText("aim for about 18 short breaks");
        assertThat(page.locator(".safety-net")).isVisible();
        assertThat(page.locator(".reassurance")).containsText("Most back pain is not serious.");
        assertThat(page.locator(".report-problem a"))
                .hasAttribute(
                        "href",
                        java.util.regex.Pattern.compile(
                                "/practice/report-a-problem\\?about=self-check-(SELF_CARE|SOON)"));
        accessible(page, javaScript, "self-check-result" + (javaScript ? "" : "-no-js"));
        Browser.screenshot(page, "self-check-result" + (javaScript ? "" : "-no-js")); // for people to look at
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("How to reach a therapist at this practice"))
                .click();
        assertThat(page.locator("h1")).hasText("Back in Balance Clinic");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 020 7946 0000")))
                .hasAttribute("href", "tel:02079460000");
        accessible(page, javaScript, "practice-contact" + (javaScript ? "" : "-no-js"));
    }

    private static void accessible(Page page, boolean javaScript, String name) {
        if (javaScript) {
            Browser.assertAccessible(page, name);
        } else {
            Browser.assertAccessibleWithoutScript(page, name);
        }
    }
}
