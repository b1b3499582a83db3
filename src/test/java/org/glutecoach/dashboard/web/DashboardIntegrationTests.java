package org.glutecoach.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.glutecoach.course.CourseService;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The way around once signed in, over real HTTP: the header's links (the page one is on marked for screen
 * readers), the staff's dashboard, starting the course from the consent page and seeing it on the dashboard, and
 * the home page saying what exists.
 */
@IntegrationTest
class DashboardIntegrationTests {

    private static final String CURRENT_DASHBOARD = "href=\"/dashboard\" aria-current=\"page\"";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Registrations registrations;

    @Autowired
    PrivacyService privacy;

    @Autowired
    CourseService course;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeaderLeadsBackToTheDashboardAndMarksThePageOneIsOn() {
        var home = Visitor.at(port).get("/").body();
        assertThat(home).contains("href=\"/\" aria-current=\"page\"").doesNotContain("href=\"/dashboard\"");

        var person = verifiedWithConsent();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/dashboard").body())
                .contains(CURRENT_DASHBOARD, "href=\"/routines\"")
                .doesNotContain("href=\"/practice\"");
        var account = visitor.get("/account").body();
        assertThat(account)
                .contains("href=\"/dashboard\">Your dashboard</a>", "href=\"/account\" aria-current=\"page\"")
                .doesNotContain(CURRENT_DASHBOARD);
        assertThat(visitor.get("/practice").statusCode()).isEqualTo(403);
    }

    @Test
    void staffSeeThePracticeAndAreNotToldTheySaidNo() {
        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));
        var dashboard = owner.get("/dashboard").body();
        assertThat(dashboard)
                .contains("href=\"/practice\">The practice</a>", "See the self-check as your clients see it")
                .doesNotContain("You said no to keeping health answers");
        var practice = owner.get("/practice");
        assertThat(practice.statusCode()).isEqualTo(200);
        assertThat(practice.body())
                .contains(
                        "href=\"/practice\" aria-current=\"page\"",
                        "href=\"/practice/details\"",
                        "href=\"/practice/therapists\"",
                        "href=\"/practice/audit\"");

        var person = verifiedWithConsent();
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, false));
        var someone = Visitor.at(port);
        someone.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(someone.get("/dashboard").body())
                .as("a person who said no is still told")
                .contains("You said no to keeping health answers");
    }

    @Autowired
    SelfCheckResults results;

    @Test
    void yesToCourseEmailsCanStartTheCourseInOneStepAndTheDashboardShowsIt() {
        var person = verifiedWithConsent();
        // Starting from the consent page needs a full red-flag screen passed lately (red-flag rule 1).
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/dashboard").body()).doesNotContain("Your mini course");
        assertThat(visitor.get("/consent").body()).contains("And start the free mini course now");

        var withoutEmails = visitor.post("/consent", Map.of("healthData", "true", "startCourse", "true"));
        assertThat(withoutEmails.statusCode()).isEqualTo(422);
        assertThat(withoutEmails.body())
                .contains(
                        "id=\"startCourse-error\"",
                        "href=\"#startCourse\"",
                        "aria-describedby=\"startCourse-hint startCourse-error\"");
        assertThat(course.forAccount(person.id())).isEmpty();

        var started =
                visitor.post("/consent", Map.of("healthData", "true", "courseEmails", "true", "startCourse", "true"));
        assertThat(started.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/course/start"));
        assertThat(visitor.get("/course/start").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard?consent-saved"));
        assertThat(course.forAccount(person.id()))
                .hasValueSatisfying(enrolment -> assertThat(enrolment.status()).isEqualTo("ACTIVE"));
        var dashboard = visitor.get("/dashboard?consent-saved").body();
        assertThat(dashboard)
                .contains(
                        "Your mini course",
                        "A new lesson comes each day at 07:30 (Europe/London).",
                        "href=\"/course/lessons/1\"",
                        "Lesson for today: day 1",
                        "href=\"/course/my\"");
        assertThat(visitor.get("/course/lessons/1").statusCode()).isEqualTo(200);

        // Asking again changes nothing: one course.
        visitor.get("/consent");
        visitor.post("/consent", Map.of("healthData", "true", "courseEmails", "true", "startCourse", "true"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE account_id = ?")
                        .param(person.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theHomePageDescribesWhatExists() {
        var home = Visitor.at(port).get("/").body();
        assertThat(home)
                .contains(
                        "Everything below works today",
                        "keep your results with a free account",
                        "take the free mini course",
                        "href=\"/routines\"",
                        "href=\"/timer\"")
                .as("the tracker, the timer and the routines are here already")
                .doesNotContain("We are building the rest", "will give you", "Still to come: a tracker");
    }

    private AccountView verifiedWithConsent() {
        var person = AccountFixtures.aPerson(identity);
        var link = MailServer.link(MailServer.awaitMailTo(person.email(), "Please confirm your email address"));
        registrations.verifyEmail(link.substring(link.indexOf("token=") + "token=".length()));
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        return person;
    }
}
