package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.mail.sending.MailRelay;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A newcomer's first hour against the app as {@code java -jar} starts it ({@link RunningApp}): sessions in the
 * embedded database, a port chosen at start, links made from that port, and no mail server. Each page visited
 * must pass axe.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstHourJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a very good password";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    RunningApp app;

    @BeforeEach
    void theAppAsItRuns() {
        app = RunningApp.withoutMailServer();
        port = app.port();
    }

    @Test
    void withNoMailServerANewcomerConfirmsTheirAddressFromTheLog(CapturedOutput output) {
        var email = AccountFixtures.uniqueEmail();
        var page = open(true);
        page.navigate(url("/sign-up"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Create account")).click();
        assertThat(page.locator("h1")).hasText("Check your email");
        Browser.assertAccessible(page, "first-hour-check-email");

        var mail = await().atMost(Duration.ofSeconds(20))
                .until(() -> mailInLog(output, email), Optional::isPresent)
                .orElseThrow();
        assertThat(mail).contains("Subject: Please confirm your email address");
        var link = LINK.matcher(mail.substring(mail.indexOf("Subject:")));
        assertThat(link.find()).isTrue();
        assertThat(link.group())
                .as("the link names the port the app really listens on")
                .startsWith(url("/verify-email?token="));

        page.navigate(link.group());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your email address is verified");
        Browser.assertAccessible(page, "first-hour-verified");

        app.bean(MailRelay.class).sendDue();
        assertThat(output.getAll().split("To: " + Pattern.quote(email), -1))
                .as("each mail is logged once")
                .hasSize(2);
    }

    @Test
    void aPersonMakesAnApiTokenInTheBrowserAndUsesIt() throws Exception {
        var person = AccountFixtures.aPerson(app.bean(IdentityService.class));
        var page = open(true);
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(person.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Welcome");

        page.navigate(url("/account"));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("my spreadsheet");
        page.getByLabel("Only read your data").check();
        page.getByRole(AriaRole.BUTTON, name("Create a token")).click();
        assertThat(page.getByRole(AriaRole.STATUS)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("my spreadsheet")))
                .containsText("is ready");
        Browser.assertAccessible(page, "first-hour-token");
        var secret = page.getByLabel("Your token").inputValue();
        assertThat(secret).startsWith("gc_");

        var me = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                                .header("Authorization", "Bearer " + secret)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(person.email());

        page.reload();
        assertThat(page.getByLabel("Your token")).hasCount(0);
    }

    /** The block the relay logs for a mail it could not send, to this address. */
    private static Optional<String> mailInLog(CapturedOutput output, String email) {
        var log = output.getAll();
        var to = log.indexOf("To: " + email);
        if (to < 0) {
            return Optional.empty();
        }
        var end = log.indexOf("(not sent) -----", to);
        return end < 0 ? Optional.empty() : Optional.of(log.substring(to, end));
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
