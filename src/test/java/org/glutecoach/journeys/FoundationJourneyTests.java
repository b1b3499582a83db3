package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first visit in a real browser: the home page, keyboard navigation, creating an account, signing
 * in, changing a setting, the error pages and signing out. Every page visited must pass axe (WCAG 2.2 A/AA).
 */
@IntegrationTest
class FoundationJourneyTests extends BrowserJourney {

    @Test
    void aNewcomerCreatesAnAccountAndChangesASetting() {
        var page = open(true);
        visit(page, "/", "home");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sore lower back from sitting?");

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main")).isFocused();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a free account"))
                .click();
        checked(page, "sign-up");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("#email-error")).containsText("Enter your email address.");
        checked(page, "sign-up-with-errors");

        var email = AccountFixtures.uniqueEmail();
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("a very good password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("h1")).hasText("Check your email");
        checked(page, "check-email");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to sign in"))
                .click();
        checked(page, "sign-in");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a very good password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("Welcome");
        checked(page, "dashboard-unverified");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Your account").setExact(true))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Your account");
        checked(page, "account");

        // htmx swaps the settings in place: the page does not reload.
        page.locator("#main").evaluate("main => main.dataset.marker = 'same-page'");
        page.getByLabel("Time zone").selectOption("Europe/Paris");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your settings are saved.");
        assertThat(page.locator("#main")).hasAttribute("data-marker", "same-page");
        checked(page, "account-saved");

        page.getByLabel("Time zone").selectOption("Europe/Paris");
        page.getByLabel("Name to show").fill("x".repeat(101));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                .click();
        assertThat(page.locator("#displayName-error")).hasText("Use 100 characters or fewer.");
        checked(page, "account-with-errors");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign out").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
        checked(page, "home-signed-out");
    }

    @Test
    void everythingWorksWithJavaScriptOff() {
        var page = open(false);
        page.navigate(url("/sign-up"));
        Browser.assertAccessibleWithoutScript(page, "sign-up-no-js");
        var email = AccountFixtures.uniqueEmail();
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("#password-error")).containsText("at least 12 characters");
        Browser.assertAccessibleWithoutScript(page, "sign-up-errors-no-js");
        page.getByLabel("Password").fill("a very good password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("h1")).hasText("Check your email");

        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a very good password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.navigate(url("/account"));
        page.getByLabel("Time zone").selectOption("Asia/Tokyo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account\\?saved$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your settings are saved.");
        assertThat(page.getByLabel("Time zone")).hasValue("Asia/Tokyo");
        Browser.assertAccessibleWithoutScript(page, "account-saved-no-js");
    }

    @Test
    void errorPagesAndHealthInTheBrowser() {
        var page = open(true);
        var email = AccountFixtures.uniqueEmail();
        page.navigate(url("/sign-up"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill("a very good password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a very good password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(visit(page, "/no-such-page", "error-404").status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator(".reference")).containsText("GC-");

        assertThat(visit(page, "/test/number?n=abc", "error-400").status()).isEqualTo(400);
        assertThat(visit(page, "/test/broken", "error-500").status()).isEqualTo(500);
        assertThat(page.locator("h1")).hasText("Sorry, something went wrong on our side");

        var health = page.navigate(url("/actuator/health"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(page.locator("body")).containsText("\"status\":\"UP\"");
    }

    @Test
    void darkModeAndNarrowScreensStayReadable() {
        var page = open(true);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        visit(page, "/", "home-dark");
        page.navigate(url("/sign-up"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        checked(page, "sign-up-errors-dark");

        // 320 CSS pixels wide is 1280 at 400% zoom (WCAG 1.4.10): nothing may scroll sideways.
        page.setViewportSize(320, 640);
        for (var path : new String[] {"/", "/sign-in", "/sign-up"}) {
            page.navigate(url(path));
            var overflow = (Boolean)
                    page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as("sideways scrolling on " + path).isFalse();
        }
    }

    private com.microsoft.playwright.Response visit(Page page, String path, String name) {
        var response = page.navigate(url(path));
        checked(page, name);
        return response;
    }

    private static void checked(Page page, String name) {
        Browser.assertAccessible(page, name);
    }
}
