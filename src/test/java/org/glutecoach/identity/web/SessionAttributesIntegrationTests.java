package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Whatever a request leaves in the HTTP session (flash attributes included) is serialised into the database, as
 * in production. Making an API token once failed there with a 500 ({@code NotSerializableException}) that no test
 * saw: the tests made tokens through {@link IdentityService}, never through the page. So every place in our code
 * that writes to the session is listed here with the test that walks it over real HTTP, and a new one fails
 * {@link #everySessionWriterIsWalkedByATest()} until it is walked too.
 */
@IntegrationTest
class SessionAttributesIntegrationTests {

    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*value=\"(gc_[^\"]+)\"");

    /** Each method of ours that puts something into the session, and the test that walks it. */
    private static final Map<String, String> WALKED = Map.of(
            "CourseInThisBrowser.opened",
            "CourseRedFlagInABrowserIntegrationTests (a course link opened without signing in, then a red flag)",
            "CourseInThisBrowser.passed",
            "CourseRedFlagInABrowserIntegrationTests (the whole self-check passed in that browser, then carrying on)",
            "AccountPages.createToken",
            "SessionAttributesIntegrationTests.makingATokenOnThePageShowsItOnce",
            "SignInHandlers.onAuthenticationSuccess",
            "TwoStepIntegrationTests (code due after the password; set-up due for a therapist)",
            "AnswersToKeep.hold",
            "KeepBySigningInIntegrationTests (answers held as one string across sign-in)",
            "CoursePages.enrolled",
            "CourseRedFlagIntegrationTests.aSoonAnswerOnTheShortScreenStillEnrolsWithTheSelfChecksSoonAdviceOnThePageAndInTheMail"
                    + " (the SOON advice carried to the next page as a flash attribute, over real HTTP)");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    SessionRepository<?> sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTestsKeepSessionsInTheDatabaseAsProductionDoes() {
        assertThat(sessions).isInstanceOf(JdbcIndexedSessionRepository.class);
    }

    @Test
    void makingATokenOnThePageShowsItOnce() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/account");

        var made = visitor.post("/account/tokens", Map.of("name", "my script", "scope", "READ"));
        assertThat(made.statusCode())
                .as("the session holding the token is saved")
                .isEqualTo(302);
        assertThat(sessionAttributesDeserialise()).isTrue();
        var page = visitor.get("/account");
        var secret = NEW_TOKEN.matcher(page.body());
        assertThat(secret.find()).as("the new token on the next page").isTrue();
        assertThat(visitor.get("/account").body()).as("and never again").doesNotContain(secret.group(1));

        var me = visitor.get("/api/v1/me", Map.of("Authorization", "Bearer " + secret.group(1)));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(person.email());
    }

    @Test
    void everySessionWriterIsWalkedByATest() {
        var ours = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.glutecoach");
        var writers = new TreeSet<String>();
        ours.forEach(type -> type.getMethodCallsFromSelf().stream()
                .filter(SessionAttributesIntegrationTests::writesTheSession)
                .forEach(call ->
                        writers.add(call.getOrigin().getOwner().getName().replaceAll(".*\\.|\\$\\d+", "") + "."
                                + call.getOrigin().getName())));
        assertThat(writers)
                .as("methods that write to the HTTP session; walk a new one over real HTTP in a test and"
                        + " list it in WALKED")
                .isEqualTo(new TreeSet<>(WALKED.keySet()));
    }

    private static boolean writesTheSession(JavaMethodCall call) {
        var target = call.getTarget();
        var owner = target.getOwner().getName();
        return Set.of("addFlashAttribute", "setAttribute", "put", "setSessionAttribute")
                        .contains(target.getName())
                && Set.of(
                                "org.springframework.web.servlet.mvc.support.RedirectAttributes",
                                "jakarta.servlet.http.HttpSession",
                                "org.springframework.web.servlet.FlashMap",
                                "org.springframework.web.util.WebUtils")
                        .contains(owner);
    }

    /** Reads back every attribute of every stored session, as another instance would. */
    private boolean sessionAttributesDeserialise() throws Exception {
        for (var bytes : jdbc.sql("SELECT attribute_bytes FROM identity_http_sessions_attributes")
                .query(byte[].class)
                .list()) {
            try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                in.readObject();
            }
        }
        return true;
    }
}
