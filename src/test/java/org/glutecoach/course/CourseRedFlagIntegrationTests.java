package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glutecoach.course.lessons.LessonGates;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.CourseStartRequested;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.RedFlagShownToAccount;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.shared.Readability;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The course and the red-flag screen after enrolling (issue 11): an EMERGENCY or URGENT screen shown to a signed-in
 * person pauses their lessons, the course page says why, and carrying on needs the self-check passed again (HZ-23);
 * a short screen that says SOON still enrols, with the self-check's advice for SOON on the page and in the mail
 * (HZ-09).
 */
@IntegrationTest
class CourseRedFlagIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CourseService course;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    SelfCheckResults results;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aRedFlagScreenPausesTheLessonsThePageSaysWhyAndCarryingOnNeedsTheSelfCheckPassedAgain() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true, ConsentKind.COURSE_EMAILS, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        transaction.executeWithoutResult(status -> events.publishEvent(new CourseStartRequested(person.id())));
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/course/my").body()).doesNotContain(escaped("course.my.red-flag.why"));

        transaction.executeWithoutResult(status ->
                events.publishEvent(new RedFlagShownToAccount(person.id(), RedFlagTier.URGENT, clock.instant())));
        var page = visitor.get("/course/my");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        escaped("course.my.red-flag.heading"),
                        escaped("course.my.red-flag.why"),
                        escaped("course.my.red-flag.again"),
                        "href=\"/self-check\"",
                        "/course/my/resume");
        assertThat(visitor.post("/course/my/pause", Map.of()).headers().firstValue("Location"))
                .as("a control that does not apply now: the course as it is")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/course/my"));

        visitor.get("/course/my");
        var notYet = visitor.post("/course/my/resume", Map.of());
        assertThat(notYet.statusCode()).isEqualTo(302);
        assertThat(notYet.headers().firstValue("Location"))
                .as("not passed since: off to the self-check")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/self-check"));
        assertThat(course.forAccount(person.id()).orElseThrow().status()).isEqualTo("PAUSED");
        assertThat(((Map<?, ?>) privacy.export(person.id()).get("sections")).get("course"))
                .as("the person's export says why")
                .asString()
                .contains("pausedBecause=RED_FLAG");

        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        visitor.get("/course/my");
        var carriedOn = visitor.post("/course/my/resume", Map.of());
        assertThat(carriedOn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/course/my?changed=resume"));
        assertThat(course.forAccount(person.id()).orElseThrow().status()).isEqualTo("ACTIVE");
        assertThat(visitor.get("/course/my").body()).doesNotContain(escaped("course.my.red-flag.why"));
    }

    @Test
    void aSoonAnswerOnTheShortScreenStillEnrolsWithTheSelfChecksSoonAdviceOnThePageAndInTheMail() throws Exception {
        var email = AccountFixtures.uniqueEmail();
        var visitor = Visitor.at(port);
        visitor.get("/course");
        visitor.post("/course/enrol", Map.of("email", email));
        var form = screened(email, "S_SCIATICA");
        var soon = selfCheck.shortScreen(answersIn(form));
        assertThat(soon.outcome()).as("leg pain below the knee alone").isEqualTo(Outcome.SOON);

        var done = visitor.post("/course/enrol", form);
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/course/enrolled"));
        var page = visitor.get("/course/enrolled").body();
        assertThat(page)
                .contains(
                        escaped("course.enrolled.text"),
                        escaped("course.soon.intro"),
                        HtmlUtils.htmlEscape(soon.title()),
                        HtmlUtils.htmlEscape(soon.message()),
                        "class=\"safety-net\"");
        soon.actions().forEach(action -> assertThat(page).contains(HtmlUtils.htmlEscape(action)));
        soon.raisedBy().forEach(told -> assertThat(page).contains(HtmlUtils.htmlEscape(told)));
        assertThat(soon.actions()).as("the GP within two weeks").contains(text("selfcheck.action.bookGp2w"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .as("still enrolled")
                .isOne();

        var mail = MailServer.awaitMailTo(email, "Please confirm: start the free mini course");
        assertThat(MailServer.text(mail))
                .contains(
                        soon.title(),
                        soon.message(),
                        text("course.soon.intro"),
                        text("safetyNet.heading"),
                        "/course/confirm?token=");
        soon.actions().forEach(action -> assertThat(MailServer.text(mail)).contains(action));
        assertThat(MailServer.html(mail)).contains(HtmlUtils.htmlEscape(soon.title()), "class=\"safety-net\"");
    }

    @Test
    void withNoFlagTheConfirmationPageAndMailCarryNoSoonAdvice() throws Exception {
        var email = AccountFixtures.uniqueEmail();
        var visitor = Visitor.at(port);
        visitor.get("/course");
        visitor.post("/course/enrol", Map.of("email", email));
        visitor.post("/course/enrol", screened(email, null));
        assertThat(visitor.get("/course/enrolled").body()).doesNotContain(escaped("course.soon.intro"));
        var mail = MailServer.awaitMailTo(email, "Please confirm: start the free mini course");
        assertThat(MailServer.text(mail))
                .doesNotContain(text("course.soon.intro"), text("selfcheck.outcome.SOON.title"));
    }

    @Test
    void theWordsAboutThePauseAndTheSoonAdviceArePlainAndDiagnoseNothing() {
        for (var key : List.of(
                "course.my.red-flag.heading",
                "course.my.red-flag.why",
                "course.my.red-flag.again",
                "course.my.red-flag.self-check",
                "course.soon.intro")) {
            var text = text(key);
            assertThat(Readability.fleschReadingEase(text))
                    .as(key)
                    .isGreaterThanOrEqualTo(LessonGates.MIN_READING_EASE);
            assertThat(Readability.isDiagnostic(text)).as(key).isFalse();
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    private String escaped(String key) {
        return HtmlUtils.htmlEscape(text(key));
    }

    private Map<String, String> screened(String email, String yesTo) {
        var form = new LinkedHashMap<String, String>();
        form.put("email", email);
        form.put("screened", "yes");
        selfCheck
                .shortScreenQuestions()
                .forEach(q -> form.put(q.id(), q.id().equals("AGE") ? "40" : q.id().equals(yesTo) ? "YES" : "NO"));
        return form;
    }

    private static Map<String, String> answersIn(Map<String, String> form) {
        var answers = new LinkedHashMap<>(form);
        answers.remove("email");
        answers.remove("screened");
        return answers;
    }
}
