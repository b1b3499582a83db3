package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The course in a real browser: enrol from the home page (the red-flag questions first, all No), confirm from the
 * email link, read day 1, mark its task done, see the progress; then stop the emails. A Yes ends with the stop
 * screen and no enrolment. axe on every page.
 */
@IntegrationTest
class CourseJourneyTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void enrolFromTheHomePageConfirmReadDayOneAndMarkTheTaskDone() {
        var page = open(true);
        var email = AccountFixtures.uniqueEmail();
        page.navigate(url("/"));
        page.locator("#course").getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the course"))
                .click();
        assertThat(page.locator("h1")).hasText("Before you start: some safety questions");
        Browser.assertAccessible(page, "course-screen");
        answerEveryScreenQuestion(page, false);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on and join the course"))
                .click();
        assertThat(page.locator("h1")).hasText("Check your email");
        Browser.assertAccessible(page, "course-enrolled");

        var link = MailServer.link(MailServer.awaitMailTo(email, "Please confirm: start the free mini course"));
        page.navigate(url(link.substring(link.indexOf("/course"))));
        assertThat(page.locator("h1")).hasText("You are in");
        Browser.assertAccessible(page, "course-confirmed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read day 1 now"))
                .click();
        assertThat(page.locator("h1")).hasText("How sitting keeps your glutes long");
        assertThat(page.locator(".lesson h2").first()).hasText("What your glutes do");
        Browser.assertAccessible(page, "course-lesson-1");
        var forAFriend = "They can join the free course with their own email address";
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(forAFriend)))
                .hasAttribute("href", "/course");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have done today's task"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Task done. Well done.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your course and settings"))
                .click();
        assertThat(page.locator("label[for=progress]")).hasText("Tasks done: 1 of 7");
        assertThat(page.locator(".lessons li").nth(1)).containsText("opens");
        Browser.assertAccessible(page, "course-my");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stop the course emails"))
                .click();
        Browser.assertAccessible(page, "course-unsubscribe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop the emails"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("We will not send you any more course emails");
        Browser.assertAccessible(page, "course-unsubscribed");
    }

    @Test
    void aYesOnTheScreenEndsWithTheStopScreenAndNoEnrolmentWithoutJavaScript() {
        var page = open(false);
        var email = AccountFixtures.uniqueEmail();
        page.navigate(url("/course"));
        page.getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the course"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on and join the course"))
                .click();
        assertThat(page.locator(".error-summary")).isVisible();
        Browser.assertAccessibleWithoutScript(page, "course-screen-errors-no-js");

        answerEveryScreenQuestion(page, true);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on and join the course"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 999")))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Report a problem with this advice")))
                .isVisible();
        Browser.assertAccessibleWithoutScript(page, "course-screen-stop-no-js");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
        org.assertj.core.api.Assertions.assertThat(MailServer.mailsTo(email)).isEmpty();
    }

    @Test
    void aSoonAnswerStillEnrolsAndThePageAfterSaysToBookAGpWithoutJavaScript() {
        var page = open(false);
        var email = AccountFixtures.uniqueEmail();
        page.navigate(url("/course"));
        page.getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the course"))
                .click();
        answerEveryScreenQuestion(page, false);
        page.locator("#S_SCIATICA-YES").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go on and join the course"))
                .click();
        assertThat(page.locator("h1")).hasText("Check your email");
        assertThat(page.locator("#soon-heading"))
                .hasText(messages.getMessage("selfcheck.outcome.SOON.title", null, java.util.Locale.UK));
        assertThat(page.locator(".soon .actions"))
                .containsText(messages.getMessage("selfcheck.action.bookGp2w", null, java.util.Locale.UK));
        assertThat(page.locator(".safety-net")).isVisible();
        Browser.assertAccessibleWithoutScript(page, "course-enrolled-soon-no-js");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    /** An adult's age, then No to every question, or Yes to the first one. */
    private static void answerEveryScreenQuestion(Page page, boolean yesToTheFirst) {
        page.getByLabel("How old are you?").fill("40");
        var questions = page.locator("fieldset.question");
        for (int i = 0; i < questions.count(); i++) {
            var question = questions.nth(i);
            var answer = yesToTheFirst && i == 0 ? "Yes" : "No";
            question.getByRole(
                            AriaRole.RADIO,
                            new Locator.GetByRoleOptions().setName(answer).setExact(true))
                    .check();
        }
    }

    @Test
    void theCoursePageListsTheLessonsAndRefusesABadTime() {
        var page = open(false);
        page.navigate(url("/course"));
        assertThat(page.locator(".lessons li")).hasCount(7);
        Browser.assertAccessibleWithoutScript(page, "course-overview-no-js");
        page.getByLabel("Email address").fill(AccountFixtures.uniqueEmail());
        page.getByLabel("Time of day").fill("07:30");
        page.locator("#time").evaluate("input => input.type = 'text'");
        page.getByLabel("Time of day").fill("25:99");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the course"))
                .click();
        assertThat(page.locator("#time-error")).containsText("Enter a time like 07:30");
        Browser.assertAccessibleWithoutScript(page, "course-overview-errors-no-js");
    }
}
