package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The course behind the red-flag screen (red-flag rule 1): enrolling asks the self-check's EMERGENCY and URGENT
 * questions first; a flag ends with the self-check's stop screen, recorded, with no enrolment and no mail; someone
 * signed in who passed a full screen in the last 30 days goes straight on.
 */
@IntegrationTest
class CourseEnrolmentScreenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    SelfCheckResults results;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    MailOutbox mail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAddressAloneLeadsToTheScreenQuestionsInTheSelfChecksWording() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        var page = visitor.post("/course/enrol", Map.of("email", email));
        assertThat(page.statusCode()).isEqualTo(200);
        var questions = selfCheck.shortScreenQuestions();
        assertThat(questions.get(0).id()).as("age first").isEqualTo("AGE");
        assertThat(questions.subList(1, questions.size()))
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.redFlagTier()).isNotNull());
        questions.forEach(q -> assertThat(page.body()).contains(HtmlUtils.htmlEscape(q.text())));
        assertThat(page.body()).contains("<label for=\"AGE\">", "type=\"number\"");
        assertThat(page.body()).contains("name=\"email\"", "value=\"" + email + "\"");
        assertThat(mail.mailsTo(email)).as("nothing sent before the screen").isEmpty();
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void noToEveryQuestionEnrolsAndSendsTheConfirmation() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var done = visitor.post("/course/enrol", screened(email, null));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/course/enrolled"));
        assertThat(mail.mailsTo(email)).hasSize(1);
        assertThat(enrolments(email)).isOne();
    }

    @Test
    void yesToAnEmergencyQuestionShowsTheStopScreenRecordsItAndEnrolsNoOne() {
        var email = AccountFixtures.uniqueEmail();
        var emergency = firstEmergency();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var before = events();
        var stop = visitor.post("/course/enrol", screened(email, emergency));
        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(stop.body())
                .contains(
                        "href=\"tel:999\"",
                        "/call-tapped",
                        "href=\"/practice/report-a-problem?about=self-check-EMERGENCY\"")
                .as("no second, weaker instruction under Call 999")
                .doesNotContain("If you are worried about your back, speak to a GP");
        assertThat(events()).as("recorded as any stop screen").isEqualTo(before + 1);
        assertThat(mail.mailsTo(email)).isEmpty();
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void anEmergencyYesStopsAtOnceButAnUrgentOneWaitsForEveryEmergencyAnswer() {
        var questions = selfCheck.shortScreenQuestions();
        var emergency = questions.stream()
                .filter(q -> q.redFlagTier() == RedFlagTier.EMERGENCY)
                .findFirst()
                .orElseThrow()
                .id();
        var urgent = questions.stream()
                .filter(q -> q.redFlagTier() == RedFlagTier.URGENT)
                .findFirst()
                .orElseThrow()
                .id();
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var stop = visitor.post("/course/enrol", Map.of("email", email, "screened", "yes", emergency, "YES"));
        assertThat(stop.body()).contains("href=\"tel:999\"");
        visitor.get("/course");
        var notYet = visitor.post("/course/enrol", Map.of("email", email, "screened", "yes", urgent, "YES"));
        assertThat(notYet.statusCode()).isEqualTo(422);
        assertThat(notYet.body()).contains("id=\"" + emergency + "-error\"").doesNotContain("href=\"tel:111\"");
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void aMissingAnswerIsNamedBesideItsQuestionAndNothingIsStored() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var form = screened(email, null);
        var questions = selfCheck.shortScreenQuestions();
        var left = questions.get(questions.size() - 1).id();
        form.remove(left);
        var page = visitor.post("/course/enrol", form);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"" + left + "-error\"", "Please answer this question.");
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void aBadAgeIsNotEchoedIntoTheNumberField() {
        // <input type="number" value="forty"> is invalid HTML: the error says what went wrong, the field is empty.
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var form = screened(email, null);
        form.put("AGE", "forty");
        var page = visitor.post("/course/enrol", form);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"AGE-error\"");
        var field = java.util.regex.Pattern.compile("<input type=\"number\"[^>]*id=\"AGE\"[^>]*>")
                .matcher(page.body());
        assertThat(field.find()).isTrue();
        assertThat(field.group()).doesNotContain("forty").doesNotContainPattern("value=\"[^\"]+\"");
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void aFullScreenPassedInTheLast30DaysLetsASignedInPersonEnrolStraightAway() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/course");
        assertThat(visitor.post("/course/enrol", Map.of("email", person.email()))
                        .statusCode())
                .as("not passed yet: the screen")
                .isEqualTo(200);

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(selfCheck.passedFullScreenSince(person.id(), Instant.now().minusSeconds(60)))
                .isTrue();
        visitor.get("/course");
        var straight = visitor.post("/course/enrol", Map.of("email", person.email()));
        assertThat(straight.statusCode()).isEqualTo(302);
        assertThat(enrolments(person.email())).isOne();
    }

    @Test
    void aRedFlagScreenShownAfterTheKeptResultMeansNotPassed() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var since = Instant.now().minusSeconds(60);
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(selfCheck.passedFullScreenSince(person.id(), since)).isTrue();
        var emergency = firstEmergency();
        var shown = selfCheck.shortScreen(Map.of(emergency, "YES"));
        selfCheck.recordRedFlagShown(
                shown, Map.of(emergency, "YES"), person.id().value());
        assertThat(selfCheck.passedFullScreenSince(person.id(), since)).isFalse();
        assertThat(selfCheck.passedFullScreenSince(person.id(), Instant.now().plusSeconds(60)))
                .as("a kept result older than the window does not count")
                .isFalse();
    }

    @Test
    void aPastCancerWithLegPainBelowTheKneeEndsWithTheCancerTeamScreen() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var form = screened(email, "U_CANCER");
        form.put("S_SCIATICA", "YES");
        var stop = visitor.post("/course/enrol", form);
        assertThat(stop.body())
                .contains("href=\"tel:999\"", HtmlUtils.htmlEscape(text("selfcheck.action.callCancerTeam")))
                .doesNotContain("href=\"tel:111\"");
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void aFeverWithThePastCancerQuestionLeftOutAsksForItInsteadOfStoppingAt111() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var form = screened(email, "U_FEVER");
        form.remove("U_CANCER");
        form.remove("S_SCIATICA");
        var page = visitor.post("/course/enrol", form);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body())
                .contains("id=\"U_CANCER-error\"", "id=\"S_SCIATICA-error\"", "href=\"#U_CANCER-YES\"")
                .doesNotContain("href=\"tel:111\"");
    }

    @Test
    void aFallAt70EndsWithThe111Screen() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var form = screened(email, "U_INJURY");
        form.put("AGE", "70");
        var stop = visitor.post("/course/enrol", form);
        assertThat(stop.body()).contains("href=\"tel:111\"");
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void anUnder16GetsTheUnder16PageAndTheirRedFlagAnswersAreRecorded() {
        var email = AccountFixtures.uniqueEmail();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var form = screened(email, null);
        form.put("AGE", "13");
        var before = events();
        var page = visitor.post("/course/enrol", form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"under-16\"", "class=\"safety-net\"");
        assertThat(events()).as("no red flag: nothing to record").isEqualTo(before);
        assertThat(enrolments(email)).isZero();

        form.put("S_SCIATICA", "YES");
        visitor.get("/course");
        var soon = visitor.post("/course/enrol", form);
        assertThat(soon.body()).contains("class=\"under-16\"");
        assertThat(events()).as("a child's red-flag answers are never dropped").isEqualTo(before + 1);

        form.put("AGE", "");
        visitor.get("/course");
        var noAge = visitor.post("/course/enrol", form);
        assertThat(noAge.statusCode()).isEqualTo(422);
        assertThat(noAge.body()).contains("id=\"AGE-error\"", "href=\"#AGE\"");
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void startingTheCourseFromTheConsentPageNeedsAFullScreenPassedLately() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/consent");
        var asked =
                visitor.post("/consent", Map.of("healthData", "true", "courseEmails", "true", "startCourse", "true"));
        assertThat(asked.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/course/start"));
        assertThat(enrolments(person.email()))
                .as("no screen passed: nothing starts")
                .isZero();
        var screen = visitor.get("/course/start");
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.body()).contains("name=\"email\"", "value=\"" + person.email() + "\"", "<label for=\"AGE\">");

        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        visitor.get("/consent");
        visitor.post("/consent", Map.of("healthData", "true", "courseEmails", "true", "startCourse", "true"));
        assertThat(enrolments(person.email()))
                .as("a full screen passed: it starts")
                .isOne();
        var started = visitor.get("/course/start");
        assertThat(started.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard?consent-saved"));
    }

    private String firstEmergency() {
        return selfCheck.shortScreenQuestions().stream()
                .filter(q -> q.redFlagTier() == RedFlagTier.EMERGENCY)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String text(String key) {
        return SelfCheckFixtures.messages().getMessage(key, null, java.util.Locale.UK);
    }

    private Visitor visitor() {
        var visitor = Visitor.at(port);
        visitor.get("/course");
        return visitor;
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

    private long enrolments(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private long events() {
        return jdbc.sql("SELECT COUNT(*) FROM selfcheck_red_flag_events")
                .query(Long.class)
                .single();
    }
}
