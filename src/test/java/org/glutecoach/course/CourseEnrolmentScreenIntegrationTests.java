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
        assertThat(questions).isNotEmpty().allSatisfy(q -> assertThat(q.redFlagTier()).isNotNull());
        questions.forEach(q -> assertThat(page.body()).contains(HtmlUtils.htmlEscape(q.text())));
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
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/course/enrolled"));
        assertThat(mail.mailsTo(email)).hasSize(1);
        assertThat(enrolments(email)).isOne();
    }

    @Test
    void yesToAnEmergencyQuestionShowsTheStopScreenRecordsItAndEnrolsNoOne() {
        var email = AccountFixtures.uniqueEmail();
        var emergency = selfCheck.shortScreenQuestions().get(0).id();
        var visitor = visitor();
        visitor.post("/course/enrol", Map.of("email", email));
        var before = events();
        var stop = visitor.post("/course/enrol", screened(email, emergency));
        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(stop.body()).contains("href=\"tel:999\"", "/call-tapped",
                "href=\"/practice/report-a-problem?about=self-check-EMERGENCY\"");
        assertThat(events()).as("recorded as any stop screen").isEqualTo(before + 1);
        assertThat(mail.mailsTo(email)).isEmpty();
        assertThat(enrolments(email)).isZero();
    }

    @Test
    void anEmergencyYesStopsAtOnceButAnUrgentOneWaitsForEveryEmergencyAnswer() {
        var questions = selfCheck.shortScreenQuestions();
        var emergency = questions.stream().filter(q -> q.redFlagTier() == RedFlagTier.EMERGENCY).findFirst()
                .orElseThrow().id();
        var urgent = questions.stream().filter(q -> q.redFlagTier() == RedFlagTier.URGENT).findFirst()
                .orElseThrow().id();
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
    void aFullScreenPassedInTheLast30DaysLetsASignedInPersonEnrolStraightAway() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/course");
        assertThat(visitor.post("/course/enrol", Map.of("email", person.email())).statusCode())
                .as("not passed yet: the screen").isEqualTo(200);

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(selfCheck.passedFullScreenSince(person.id(), Instant.now().minusSeconds(60))).isTrue();
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
        var emergency = selfCheck.shortScreenQuestions().get(0).id();
        var shown = selfCheck.shortScreen(Map.of(emergency, "YES"));
        selfCheck.recordRedFlagShown(shown, Map.of(emergency, "YES"), person.id().value());
        assertThat(selfCheck.passedFullScreenSince(person.id(), since)).isFalse();
        assertThat(selfCheck.passedFullScreenSince(person.id(), Instant.now().plusSeconds(60)))
                .as("a kept result older than the window does not count").isFalse();
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
        selfCheck.shortScreenQuestions().forEach(q -> form.put(q.id(), q.id().equals(yesTo) ? "YES" : "NO"));
        return form;
    }

    private long enrolments(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE email = ?").param(email).query(Long.class)
                .single();
    }

    private long events() {
        return jdbc.sql("SELECT COUNT(*) FROM selfcheck_red_flag_events").query(Long.class).single();
    }
}
