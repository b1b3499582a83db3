package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A red-flag screen shown to someone not signed in pauses the lessons read in the same browser (HZ-23): the
 * screen names nobody, but the browser that opened a course's mail link is the person's. Passing the whole
 * self-check in that browser lets the lessons go on; another browser's screen changes nothing.
 */
@IntegrationTest
class CourseRedFlagInABrowserIntegrationTests {

    private static final String CONFIRM = "Please confirm: start the free mini course";
    private static final Map<String, String> EMERGENCY =
            Map.of("section", "RED_FLAGS_EMERGENCY", "AGE", "40", "E_SADDLE", "YES");

    @LocalServerPort
    int port;

    @Autowired
    CourseService course;

    @Autowired
    IdentityService identity;

    @Test
    void aScreenShownWithoutSigningInPausesTheLessonsReadInThatBrowserUntilTheSelfCheckIsPassedThere() {
        var mine = confirmedWithoutAnAccount();
        var someoneElses = confirmedWithoutAnAccount();
        var browser = Visitor.at(port);
        var other = Visitor.at(port);
        assertThat(browser.get(coursePage(mine)).statusCode()).isEqualTo(200);
        assertThat(other.get(coursePage(someoneElses)).statusCode()).isEqualTo(200);

        browser.get("/self-check");
        assertThat(browser.post("/self-check", EMERGENCY).body()).contains("href=\"tel:999\"");

        assertThat(now(mine).status()).isEqualTo("PAUSED");
        assertThat(now(mine).pausedForRedFlag()).isTrue();
        assertThat(now(someoneElses).status()).as("another browser's course").isEqualTo("ACTIVE");
        assertThat(browser.get("/course/lessons/4" + query(mine)).statusCode())
                .as("rolling, paused for a red flag")
                .isEqualTo(403);

        browser.get(coursePage(mine));
        assertThat(location(browser.post(control(mine, "resume"), Map.of())))
                .as("carrying on needs the self-check first")
                .endsWith("/self-check");
        assertThat(now(mine).status()).isEqualTo("PAUSED");

        browser.get("/self-check");
        assertThat(passTheWholeSelfCheck(browser).statusCode()).isEqualTo(200);
        browser.get(coursePage(mine));
        assertThat(location(browser.post(control(mine, "resume"), Map.of()))).contains("changed=resume");
        assertThat(now(mine).status()).isEqualTo("ACTIVE");
        assertThat(now(mine).pausedForRedFlag()).isFalse();
    }

    @Test
    void aScreenShownWhileSignedInPausesACourseOfAnotherAddressReadInThatBrowser() {
        var mine = confirmedWithoutAnAccount();
        var person = AccountFixtures.aVerifiedPerson(identity);
        var browser = Visitor.at(port);
        browser.get(coursePage(mine));
        browser.signIn(person.email(), AccountFixtures.PASSWORD);

        browser.get("/self-check");
        browser.post("/self-check", EMERGENCY);

        assertThat(now(mine).status()).isEqualTo("PAUSED");
        assertThat(now(mine).pausedForRedFlag()).isTrue();
    }

    @Test
    void aPassInTheBrowserBeforeTheScreenDoesNotCount() {
        var mine = confirmedWithoutAnAccount();
        var browser = Visitor.at(port);
        browser.get(coursePage(mine));
        browser.get("/self-check");
        passTheWholeSelfCheck(browser);
        browser.get("/self-check");
        browser.post("/self-check", EMERGENCY);

        browser.get(coursePage(mine));
        assertThat(location(browser.post(control(mine, "resume"), Map.of()))).endsWith("/self-check");
        assertThat(now(mine).status()).isEqualTo("PAUSED");
    }

    private EnrolmentView confirmedWithoutAnAccount() {
        var address = AccountFixtures.uniqueEmail();
        course.enrol(address, LocalTime.of(7, 30), ZoneId.of("Europe/London"), null);
        return course.confirm(tokenMailedTo(address)).orElseThrow();
    }

    private EnrolmentView now(EnrolmentView enrolment) {
        return course.byKey(enrolment.id(), enrolment.accessKey()).orElseThrow();
    }

    private static String coursePage(EnrolmentView enrolment) {
        return "/course/my" + query(enrolment);
    }

    private static String control(EnrolmentView enrolment, String control) {
        return "/course/my/" + control + query(enrolment);
    }

    private static String query(EnrolmentView enrolment) {
        return "?e=" + enrolment.id() + "&k=" + enrolment.accessKey();
    }

    /** Every answer of a clear self-check, posted as the last step's form: the result with no red flag. */
    private static HttpResponse<String> passTheWholeSelfCheck(Visitor browser) {
        var form = new LinkedHashMap<String, String>();
        SelfCheckFixtures.clearAnswers()
                .forEach((id, value) -> form.put(
                        id, value instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value)));
        form.put("section", "SELF_TESTS");
        return browser.post("/self-check", form);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    private static String tokenMailedTo(String address) {
        return MailServer.token(MailServer.awaitMailTo(address, CONFIRM));
    }
}
