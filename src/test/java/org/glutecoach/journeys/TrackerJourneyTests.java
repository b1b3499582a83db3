package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.JourneySteps;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tracker in a real browser: log today in three interactions (yesterday's sitting answers are filled in),
 * see it in the week, fill in yesterday late, choose another day and see it (nothing saved), have a future day
 * refused beside the day picker, read the charts page's text summary, and have a bad import named beside its box.
 * axe on every page.
 */
@IntegrationTest
class TrackerJourneyTests extends BrowserJourney {

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TrackerService tracker;

    @Test
    void logTodayInThreeInteractionsSeeTheWeekAndFillInYesterdayLate() {
        var person = personWhoLoggedTwoDaysAgo();
        var today = tracker.personalDay(person.id()).today();
        var page = signedIn(true, person);
        tracker.log(
                person.id(),
                today.minusDays(1),
                new EntryInput("7.5", "60", "4", null, null, null, false, List.of("SLUMPED"), false, false, null),
                false);
        page.navigate(url("/tracker"));
        assertThat(page.getByLabel("Hours sitting")).hasValue("7.5");
        Browser.assertAccessible(page, "tracker-today");

        page.getByLabel("Left side of the lower back").fill("3");
        page.getByLabel("Right side of the lower back").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the day"))
                .click();

        assertThat(page.locator("#day-status")).hasText("Saved.");
        var todayRow = page.locator("#week tbody tr").last();
        assertThat(todayRow.locator("td").nth(2)).hasText("3");
        assertThat(todayRow.locator("td").nth(3)).hasText("1");
        Browser.assertAccessible(page, "tracker-today-saved");
        org.assertj.core.api.Assertions.assertThat(
                        tracker.entry(person.id(), today).orElseThrow().hoursSitting())
                .isEqualTo(7.5);

        page.locator("#week tbody tr").nth(5).getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#day-heading")).not().hasText("Today");
        page.getByLabel("Middle of the lower back").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the day"))
                .click();
        assertThat(page.locator("#day-status")).hasText("Saved.");
        org.assertj.core.api.Assertions.assertThat(tracker.entry(person.id(), today.minusDays(1))
                        .orElseThrow()
                        .sorenessMiddle())
                .isEqualTo(2);
        Browser.assertAccessible(page, "tracker-yesterday");
    }

    @Test
    void aFutureDayIsRefusedBesideItsFieldAndTheChartsReadAsText() {
        var person = personWhoLoggedTwoDaysAgo();
        var today = tracker.personalDay(person.id()).today();
        var page = signedIn(false, person);
        page.navigate(url("/tracker"));
        page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true))
                .fill(today.plusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show this day"))
                .click();
        assertThat(page.locator("#date-error")).containsText("This day has not happened yet");
        assertThat(page.locator(".error-summary")).isVisible();
        Browser.assertAccessibleWithoutScript(page, "tracker-future-refused-no-js");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your charts and what they show"))
                .click();
        assertThat(page.locator("#chart-soreness-left-summary"))
                .hasText("1 day rated. Lowest 5, highest 5. "
                        + "The line is the average of the 7 days up to each day; the latest is 5.0.");
        assertThat(page.locator("#findings-heading")).hasText("What the numbers show");
        Browser.assertAccessibleWithoutScript(page, "tracker-charts-no-js");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bring in days from a CSV file"))
                .click();
        page.getByLabel("The CSV text").fill("date,hoursSitting\n2020-01-01,8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring in these days"))
                .click();
        assertThat(page.locator("#csv-error")).containsText("Line 1, header");
        Browser.assertAccessibleWithoutScript(page, "tracker-import-refused-no-js");
    }

    @Test
    void choosingAnotherDayShowsThatDayAndSavesNothing() {
        var person = personWhoLoggedTwoDaysAgo();
        var today = tracker.personalDay(person.id()).today();
        var yesterday = today.minusDays(1);
        tracker.log(
                person.id(),
                yesterday,
                new EntryInput("6", null, null, "5", null, null, false, List.of(), false, false, null),
                false);
        var page = signedIn(true, person);
        page.navigate(url("/tracker"));
        page.getByLabel("Hours sitting").fill("7.5");
        page.getByLabel("Left side of the lower back").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the day"))
                .click();
        assertThat(page.locator("#day-status")).hasText("Saved.");

        page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill(yesterday.toString());

        assertThat(page.locator("#day-heading")).not().hasText("Today");
        assertThat(page.getByLabel("Hours sitting")).hasValue("6");
        assertThat(page.getByLabel("Left side of the lower back")).hasValue("5");
        assertThat(page.locator("#day-status")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/tracker?day=" + yesterday);
        var yesterdayKept = tracker.entry(person.id(), yesterday).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(yesterdayKept.hoursSitting()).isEqualTo(6.0);
        org.assertj.core.api.Assertions.assertThat(yesterdayKept.sorenessLeft()).isEqualTo(5);
        var todayKept = tracker.entry(person.id(), today).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(todayKept.hoursSitting()).isEqualTo(7.5);
        org.assertj.core.api.Assertions.assertThat(todayKept.sorenessLeft()).isEqualTo(4);
        Browser.assertAccessible(page, "tracker-day-chosen");

        page.getByLabel("Middle of the lower back").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the day"))
                .click();
        assertThat(page.locator("#day-status")).hasText("Saved.");
        org.assertj.core.api.Assertions.assertThat(
                        tracker.entry(person.id(), yesterday).orElseThrow().sorenessMiddle())
                .isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(
                        tracker.entry(person.id(), today).orElseThrow().sorenessMiddle())
                .isNull();
    }

    @Test
    void aPickedDayReopenedFromHistoryWithoutHtmxsCopyKeepsTheWholePage() {
        var person = personWhoLoggedTwoDaysAgo();
        var today = tracker.personalDay(person.id()).today();
        var page = signedIn(true, person);
        page.navigate(url("/tracker"));
        var dayPicker = page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true));
        dayPicker.fill(today.minusDays(1).toString());
        page.waitForURL("**/tracker?day=" + today.minusDays(1));
        dayPicker.fill(today.minusDays(2).toString());
        page.waitForURL("**/tracker?day=" + today.minusDays(2));

        // What htmx kept of each page is gone (a reload, a full store), so going back asks the server again.
        page.evaluate("sessionStorage.removeItem('htmx-history-cache')");
        page.goBack();

        page.waitForURL("**/tracker?day=" + today.minusDays(1));
        assertThat(dayPicker).hasValue(today.minusDays(1).toString());
        assertThat(page.locator("header.site-header")).hasCount(1);
        assertThat(page.locator("#main")).hasCount(1);
        Browser.assertAccessible(page, "tracker-day-from-history");
    }

    private AccountView personWhoLoggedTwoDaysAgo() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var today = tracker.personalDay(person.id()).today();
        tracker.log(
                person.id(),
                today.minusDays(2),
                new EntryInput("8", null, null, "5", null, null, false, List.of(), false, false, null),
                false);
        return person;
    }

    private Page signedIn(boolean javaScript, AccountView person) {
        var page = open(javaScript);
        JourneySteps.signIn(page, url("/sign-in"), person.email());
        return page;
    }
}
