package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.JourneySteps;
import org.glutecoach.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The six account journeys of the accounts issue in a real browser, with mail through a real SMTP server and
 * axe (WCAG 2.2 A/AA) on every page visited. Export and delete also run with JavaScript off. And the account's
 * pages with tables at 320 CSS pixels wide.
 */
@IntegrationTest
class AccountJourneyTests extends BrowserJourney {

    private static final String PASSWORD = "a very good password";

    @Autowired
    IdentityService identity;

    @Autowired
    Registrations registrations;

    @Autowired
    PrivacyService privacy;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    SelfCheckResults results;

    /** 320 CSS pixels is 1280 at 400% zoom (WCAG 1.4.10): the sessions, tokens and results tables stack instead. */
    @Test
    void theAccountsTablesFitANarrowScreen() {
        var person = AccountFixtures.withHealthConsent(privacy, AccountFixtures.aVerifiedPerson(identity));
        results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());
        AccountFixtures.bearer(identity, person);
        var page = open(true);
        JourneySteps.signIn(page, url("/sign-in"), person.email());
        page.waitForURL(address -> !address.contains("/sign-in"));

        page.setViewportSize(320, 640);
        for (var path : new String[] {"/account", "/self-check/history", "/account/export"}) {
            page.navigate(url(path));
            var overflow = (Number)
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("sideways scrolling on " + path).isLessThanOrEqualTo(0);
        }
        page.navigate(url("/account"));
        Browser.assertAccessible(page, "account-narrow");
    }

    @Test
    void signUpVerifyConsentAndArriveAtTheDashboard() {
        var page = open(true);
        var email = AccountFixtures.uniqueEmail();
        page.navigate(url("/sign-up"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Create account")).click();
        assertThat(page.locator("h1")).hasText("Check your email");
        checked(page, "j1-check-email");

        follow(page, MailServer.awaitMailTo(email, "Please confirm your email address"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your email address is verified");
        checked(page, "j1-sign-in-verified");
        signIn(page, email, PASSWORD);

        assertThat(page.locator("h1")).hasText("Your choices about your data");
        assertThat(page.getByLabel("Yes, keep my health answers")).not().isChecked();
        assertThat(page.locator("main")).containsText("Who sees it");
        checked(page, "j1-consent");
        page.getByLabel("Yes, keep my health answers").check();
        page.getByRole(AriaRole.BUTTON, name("Save my choices")).click();

        assertThat(page.locator("h1")).hasText("Welcome");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your choices are saved");
        checked(page, "j1-dashboard");
        var account = identity.findAccount(idOf(email)).orElseThrow();
        assertThat(privacy.hasConsent(account.id(), ConsentKind.HEALTH_DATA)).isTrue();
        assertThat(privacy.hasConsent(account.id(), ConsentKind.SHARE_WITH_PRACTICE))
                .isFalse();
        assertThat(privacy.history(account.id()))
                .allSatisfy(entry -> assertThat(entry.textVersion()).isEqualTo(PrivacyService.CONSENT_TEXT_VERSION));
    }

    @Test
    void signInAndOutThenResetAForgottenPassword() {
        var email = verifiedPersonWithConsent();
        var page = open(true);
        page.navigate(url("/sign-in"));
        assertThat(page.getByLabel("Keep me signed in on this device")).not().isChecked();
        signIn(page, email, "not the password");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match an account");
        checked(page, "j2-sign-in-failed");
        signIn(page, email, PASSWORD);
        assertThat(page.locator("h1")).hasText("Welcome");
        page.getByRole(AriaRole.BUTTON, name("Sign out")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");

        page.navigate(url("/sign-in"));
        page.getByRole(AriaRole.LINK, name("Forgotten your password?")).click();
        checked(page, "j2-forgotten");
        page.getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, name("Send me a link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("If that address has an account");
        checked(page, "j2-forgotten-sent");

        follow(page, MailServer.awaitMailTo(email, "Choose a new password"));
        assertThat(page.locator("h1")).hasText("Choose a new password");
        checked(page, "j2-reset");
        page.getByLabel("New password").fill("password1234");
        page.getByRole(AriaRole.BUTTON, name("Save my new password")).click();
        assertThat(page.locator("#password-error")).containsText("Lots of people use this password");
        checked(page, "j2-reset-common");
        page.getByLabel("New password").fill("another fine passphrase");
        page.getByRole(AriaRole.BUTTON, name("Save my new password")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your new password is saved");
        signIn(page, email, "another fine passphrase");
        assertThat(page.locator("h1")).hasText("Welcome");
    }

    @Test
    void theAccountPageChangesAddressPasswordTimeZoneAndSignsOutElsewhere() {
        var email = verifiedPersonWithConsent();
        var elsewhere = open(true);
        signIn(elsewhere, email, PASSWORD);
        var page = open(true);
        signIn(page, email, PASSWORD);
        page.navigate(url("/account"));
        checked(page, "j3-account");
        assertThat(page.locator("#sessions-heading + table tbody tr")).hasCount(2);

        page.getByLabel("Time zone").selectOption("Europe/Dublin");
        page.getByRole(AriaRole.BUTTON, name("Save settings")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your settings are saved.");

        page.getByRole(AriaRole.BUTTON, name("Sign out everywhere else")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("signed out everywhere else");
        elsewhere.navigate(url("/account"));
        assertThat(elsewhere.locator("h1")).hasText("Sign in");

        page.locator("form[action$='/account/email'] input[type=password]").fill("wrong password here");
        page.getByLabel("New email address").fill(AccountFixtures.uniqueEmail());
        page.getByRole(AriaRole.BUTTON, name("Send me a link")).click();
        assertThat(page.locator("#password-error")).containsText("That is not your current password.");
        checked(page, "j3-account-errors");

        // The password first: a password change ends every link sent before it, an address change's too.
        page.locator("form[action$='/account/password'] input[name=currentPassword]")
                .fill(PASSWORD);
        page.getByLabel("New password").fill("my second good passphrase");
        page.getByRole(AriaRole.BUTTON, name("Change my password")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your password is changed");

        var newEmail = AccountFixtures.uniqueEmail();
        page.getByLabel("New email address").fill(newEmail);
        page.locator("form[action$='/account/email'] input[type=password]").fill("my second good passphrase");
        page.getByRole(AriaRole.BUTTON, name("Send me a link")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("We have sent a link to your new address");

        follow(page, MailServer.awaitMailTo(newEmail, "Please confirm your new email address"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("verified");
        signIn(page, newEmail, "my second good passphrase");
        assertThat(page.locator("h1")).hasText("Welcome");
    }

    /** htmx swaps no 4xx/5xx by default: the refusal of a form sent after the session lapsed must still show. */
    @Test
    void aFormSentByHtmxAfterTheSessionLapsedShowsWhyInsteadOfNothing() {
        var email = verifiedPersonWithConsent();
        var page = open(true);
        signIn(page, email, PASSWORD);
        page.navigate(url("/account"));
        page.context().clearCookies();
        page.getByLabel("Time zone").selectOption("Europe/Dublin");
        page.getByRole(AriaRole.BUTTON, name("Save settings")).click();

        assertThat(page.locator("h1")).hasText("You cannot do that here");
        assertThat(page).hasTitle(Pattern.compile("^You cannot do that here"));
        checked(page, "j3-account-refused");
    }

    @Test
    void consentsAreSeparateRevocableAndKeptAsAHistory() {
        var email = verifiedPersonWithConsent();
        var page = open(true);
        signIn(page, email, PASSWORD);
        page.navigate(url("/account/privacy"));
        checked(page, "j4-privacy");
        page.getByRole(AriaRole.LINK, name("Change your choices")).click();
        assertThat(page.getByLabel("Yes, keep my health answers")).isChecked();
        page.getByLabel("Yes, send me course and reminder emails").check();
        page.getByRole(AriaRole.BUTTON, name("Save my choices")).click();
        page.getByRole(AriaRole.LINK, name("Change your choices")).click();
        page.getByLabel("Yes, keep my health answers").uncheck();
        page.getByRole(AriaRole.BUTTON, name("Save my choices")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your choices are saved");
        // Health yes at sign-up; then sharing no and emails yes (first answers); then health no.
        assertThat(page.locator("table tbody tr")).hasCount(4);
        checked(page, "j4-privacy-history");
        var account = identity.findAccount(idOf(email)).orElseThrow();
        assertThat(privacy.hasConsent(account.id(), ConsentKind.HEALTH_DATA))
                .as("withdrawn at once")
                .isFalse();
        assertThat(privacy.hasConsent(account.id(), ConsentKind.COURSE_EMAILS)).isTrue();
        page.navigate(url("/account/activity"));
        assertThat(page.locator("main")).containsText("Said no to: Keeping your health answers");
        checked(page, "j4-activity");
    }

    @Test
    void downloadMyDataWithJavaScriptOff() throws Exception {
        var email = verifiedPersonWithConsent();
        var page = open(false);
        signIn(page, email, PASSWORD);
        page.navigate(url("/account/export"));
        assertThat(page.locator("main")).containsText(email);
        Browser.assertAccessibleWithoutScript(page, "j5-export-no-js");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, name("Download my data (JSON file)"))
                .click());
        assertThat(download.suggestedFilename()).isEqualTo("glute-coach-my-data.json");
        var json = Files.readString(download.path());
        assertThat(json).contains("\"schema\" : \"glute-coach-export\"", email, "\"consents\"", "\"selfCheck\"");
    }

    @Test
    void deleteMyAccountWithJavaScriptOff() {
        var email = verifiedPersonWithConsent();
        var page = open(false);
        signIn(page, email, PASSWORD);
        page.navigate(url("/account/delete"));
        Browser.assertAccessibleWithoutScript(page, "j6-delete-no-js");
        page.getByLabel("Your password").fill("not my password");
        page.getByRole(AriaRole.BUTTON, name("Delete my account and data")).click();
        assertThat(page.locator("#password-error")).containsText("That is not your password.");
        Browser.assertAccessibleWithoutScript(page, "j6-delete-errors-no-js");
        assertThat(identity.findAccount(idOf(email))).isPresent();

        page.getByLabel("Your password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Delete my account and data")).click();
        assertThat(page).hasURL(Pattern.compile(".*/\\?account-deleted$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your account and everything in it are deleted");
        Browser.assertAccessibleWithoutScript(page, "j6-deleted-no-js");
        page.navigate(url("/account"));
        assertThat(page.locator("h1")).hasText("Sign in");
        signIn(page, email, PASSWORD);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match an account");
    }

    /** A person who has verified their address and said yes to keeping health answers. */
    private String verifiedPersonWithConsent() {
        var email = AccountFixtures.uniqueEmail();
        var account = registrations.register(new RegisterAccount(email, PASSWORD));
        var link = MailServer.link(MailServer.awaitMailTo(email, "Please confirm your email address"));
        registrations.verifyEmail(link.substring(link.indexOf("token=") + "token=".length()));
        privacy.decide(account.id(), java.util.Map.of(ConsentKind.HEALTH_DATA, true));
        return email;
    }

    private org.glutecoach.identity.AccountId idOf(String email) {
        return new org.glutecoach.identity.AccountId(jdbc.sql("SELECT id FROM identity_accounts WHERE email = ?")
                .param(email)
                .query(java.util.UUID.class)
                .single());
    }

    private void signIn(Page page, String email, String password) {
        if (!page.url().contains("/sign-in")) {
            page.navigate(url("/sign-in"));
        }
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, name("Sign in")).click();
    }

    /** Opens the first link of a mail as it is: links are made with the port the server listens on. */
    private void follow(Page page, jakarta.mail.internet.MimeMessage mail) {
        var link = MailServer.link(mail);
        assertThat(link).startsWith(url("/"));
        page.navigate(link);
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static void checked(Page page, String name) {
        Browser.assertAccessible(page, name);
    }
}
