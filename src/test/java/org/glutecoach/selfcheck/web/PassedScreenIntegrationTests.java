package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecoach.selfcheck.web.SelfCheckForms.formOf;
import static org.glutecoach.selfcheck.web.SelfCheckForms.location;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ClockedIntegrationTest;
import org.glutecoach.support.MutableClock;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A passed red-flag screen counts from when the answers were evaluated (the result shown), not from when the
 * result was kept (issue 11): the time is the server's own, sealed into the result page and carried through the
 * keep step, signing in on the keep page included. The clock is the test's, so weeks pass in a line.
 */
@ClockedIntegrationTest(properties = "glutecoach.test.database=selfcheck-screens")
class PassedScreenIntegrationTests {

    private static final Duration COURSE_WINDOW = Duration.ofDays(30);

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    SelfCheckResults results;

    @Autowired
    MutableClock clock;

    @Test
    void aResultKeptRightAfterItWasShownIsAFreshPass() {
        var person = aPersonWhoKeepsResults();
        var visitor = signedIn(person);
        var shownAt = clock.instant();
        var page = finish(visitor, SelfCheckFixtures.clearAnswers());

        clock.set(shownAt.plusSeconds(90));
        assertThat(location(visitor.post("/self-check/keep", keepForm(page)))).endsWith("/self-check/history?kept");

        var kept = results.history(person.id()).get(0);
        assertThat(kept.evaluatedAt()).isEqualTo(shownAt);
        assertThat(kept.takenAt()).isEqualTo(shownAt.plusSeconds(90));
        assertThat(selfCheck.passedFullScreenSince(person.id(), clock.instant().minus(COURSE_WINDOW)))
                .isTrue();
    }

    @Test
    void aRedFlagScreenShownAfterTheEvaluationMeansNotPassed() {
        var person = aPersonWhoKeepsResults();
        var visitor = signedIn(person);
        var page = finish(visitor, SelfCheckFixtures.clearAnswers());
        visitor.post("/self-check/keep", keepForm(page));
        var since = clock.instant().minus(COURSE_WINDOW);
        assertThat(selfCheck.passedFullScreenSince(person.id(), since)).isTrue();

        clock.set(clock.instant().plusSeconds(60));
        var soon = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "S_SCIATICA", "YES");
        step(visitor, "RED_FLAGS_SOON", soon);
        assertThat(selfCheck.passedFullScreenSince(person.id(), since))
                .as("a SOON screen after the evaluation: not passed")
                .isFalse();
    }

    @Test
    void keepingAnOldResultLaterIsNotAFreshPass() {
        var person = aPersonWhoKeepsResults();
        var visitor = signedIn(person);
        var shownAt = clock.instant();
        var page = finish(visitor, SelfCheckFixtures.clearAnswers());

        clock.set(shownAt.plus(Duration.ofDays(40)));
        visitor.post("/self-check/keep", keepForm(page));

        assertThat(results.history(person.id()).get(0).evaluatedAt()).isEqualTo(shownAt);
        assertThat(selfCheck.passedFullScreenSince(person.id(), clock.instant().minus(COURSE_WINDOW)))
                .as("shown 40 days ago, kept today")
                .isFalse();
    }

    @Test
    void theShownTimeSurvivesSigningInOnTheKeepPage() {
        var person = aPersonWhoKeepsResults();
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var shownAt = clock.instant();
        var page = finish(visitor, SelfCheckFixtures.clearAnswers());

        clock.set(shownAt.plus(Duration.ofDays(40)));
        visitor.post("/self-check/keep/sign-in", keepForm(page));
        visitor.get("/self-check/keep/resume");
        var signIn = visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(location(visitor.get(path(location(signIn))))).endsWith("/self-check/history?kept");

        assertThat(results.history(person.id()).get(0).evaluatedAt()).isEqualTo(shownAt);
        assertThat(selfCheck.passedFullScreenSince(person.id(), clock.instant().minus(COURSE_WINDOW)))
                .isFalse();
    }

    @Test
    void aShownTimeTheFormMakesUpOrMovesToOtherAnswersIsNotBelieved() {
        var person = aPersonWhoKeepsResults();
        var visitor = signedIn(person);
        var page = finish(visitor, SelfCheckFixtures.deskWorkerAnswers());
        clock.set(clock.instant().plus(Duration.ofDays(40)));

        var madeUp = keepForm(page);
        madeUp.put("shown", clock.instant().toString());
        visitor.post("/self-check/keep", madeUp);
        var moved = formOf(SelfCheckFixtures.clearAnswers());
        moved.put("shown", stampOf(page));
        visitor.post("/self-check/keep", moved);
        visitor.post("/self-check/keep", formOf(SelfCheckFixtures.clearAnswers()));

        assertThat(results.history(person.id()))
                .hasSize(3)
                .allSatisfy(
                        kept -> assertThat(kept.evaluatedAt()).as("not known").isNull());
        assertThat(selfCheck.passedFullScreenSince(person.id(), Instant.EPOCH)).isFalse();
    }

    @Test
    void theApiKeepsTheTimeOfItsOwnRequest() {
        var person = aPersonWhoKeepsResults();
        clock.set(clock.instant().plus(Duration.ofDays(3)));
        var kept = results.keepEvaluatedNow(person.id(), SelfCheckFixtures.clearAnswers());
        assertThat(kept.evaluatedAt()).isEqualTo(clock.instant());
        assertThat(results.history(person.id()).get(0).evaluatedAt()).isEqualTo(clock.instant());
        assertThat(selfCheck.passedFullScreenSince(person.id(), clock.instant()))
                .isTrue();
    }

    private AccountView aPersonWhoKeepsResults() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
    }

    private Visitor signedIn(AccountView person) {
        var visitor = AccountFixtures.signedIn(port, person);
        visitor.get("/self-check");
        return visitor;
    }

    /** The result page, reached by posting every answer as the last step's form. */
    private static Page finish(Visitor visitor, Map<String, Object> answers) {
        var response = step(visitor, "SELF_TESTS", answers);
        assertThat(response.statusCode()).isEqualTo(200);
        return new Page(response.body(), answers);
    }

    private static HttpResponse<String> step(Visitor visitor, String section, Map<String, Object> answers) {
        var form = formOf(answers);
        form.put("section", section);
        return visitor.post("/self-check", form);
    }

    /** What the result page's "Keep this result" form posts: the answers and the page's stamp. */
    private static Map<String, String> keepForm(Page page) {
        var form = formOf(page.answers());
        form.put("shown", stampOf(page));
        return form;
    }

    private static String stampOf(Page page) {
        return SelfCheckForms.stampOf(page.html());
    }

    private static String path(String location) {
        return location.startsWith("http") ? location.substring(location.indexOf('/', "http://".length())) : location;
    }

    private record Page(String html, Map<String, Object> answers) {}
}
