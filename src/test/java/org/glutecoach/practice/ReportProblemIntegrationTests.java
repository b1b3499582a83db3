package org.glutecoach.practice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Report a problem with this advice": a public form, CSRF-protected and checked, whose report goes through the
 * outbox to the practice's email (hello@example.com in tests) with only what the person wrote and the page's name.
 */
@IntegrationTest
class ReportProblemIntegrationTests {

    private static final String PRACTICE = "hello@example.com";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Test
    void aReportGoesToThePracticeWithThePageAndTheReplyAddressOnly() throws Exception {
        var visitor = Visitor.at(port);
        var form = visitor.get("/practice/report-a-problem?about=lesson-4");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("name=\"about\"", "value=\"lesson-4\"", "name=\"message\"", "maxlength=\"2000\"");
        var words = "The rolling advice on day four confused me " + UUID.randomUUID();
        var sent = visitor.post(
                "/practice/report-a-problem",
                Map.of("about", "lesson-4", "message", words, "replyTo", "reader@example.com"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/practice/report-a-problem?sent"));
        assertThat(visitor.get("/practice/report-a-problem?sent").body()).contains("Your report is on its way");

        var mail = awaitReport(words);
        assertThat(MailServer.subject(mail)).isEqualTo("A problem was reported with the advice");
        assertThat(MailServer.text(mail)).contains("Page: lesson-4", "Reply to: reader@example.com", words);
        assertThat(MailServer.html(mail)).contains(words);
        assertThat(mail.getHeader("Reply-To")[0]).isEqualTo("reader@example.com");
    }

    @Test
    void aMissingOrTooLongMessageOrABadAddressIsNamedBesideItsFieldAndNothingIsSent() {
        var visitor = Visitor.at(port);
        visitor.get("/practice/report-a-problem");
        var before = MailServer.mailsTo(PRACTICE).size();
        var empty = visitor.post("/practice/report-a-problem", Map.of("message", " "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"message-error\"", "Please tell us what the problem is.");
        var tooLong = visitor.post("/practice/report-a-problem", Map.of("message", "a".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("2,000 characters or fewer");
        var badAddress = visitor.post(
                "/practice/report-a-problem", Map.of("message", "Fine words", "replyTo", "not an address"));
        assertThat(badAddress.statusCode()).isEqualTo(422);
        assertThat(badAddress.body()).contains("id=\"replyTo-error\"");
        assertThat(visitor.post("/practice/report-a-problem", Map.of("message", "a".repeat(2000)))
                        .statusCode())
                .as("2,000 characters is allowed")
                .isEqualTo(302);
        assertThat(MailServer.awaitMailsTo(PRACTICE, before + 1)).hasSize(before + 1);
    }

    @Test
    void withoutTheCsrfTokenNothingIsSentAndAStrangePageNameIsDropped() {
        var fields = new LinkedHashMap<String, String>(Map.of("message", "Hello", "_csrf", "made-up"));
        assertThat(Visitor.at(port).post("/practice/report-a-problem", fields).statusCode())
                .isEqualTo(403);
        var page = Visitor.at(port).get("/practice/report-a-problem?about=%3Cscript%3E");
        assertThat(page.body()).contains("name=\"about\" value=\"\"").doesNotContain("&lt;script");
    }

    @Test
    void aKeptResultLinksToTheReportForm() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var kept = results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var page = visitor.get("/self-check/results/" + kept.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/practice/report-a-problem?about=self-check-kept-result\"");
    }

    private static MimeMessage awaitReport(String words) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var found = MailServer.mailsTo(PRACTICE).stream()
                    .filter(m -> MailServer.text(m).contains(words))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no report with " + words);
    }
}
