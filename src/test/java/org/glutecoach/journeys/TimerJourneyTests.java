package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.JourneySteps;
import org.glutecoach.timer.ChangeTimerSettings;
import org.glutecoach.timer.TimerService;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk timer in a real browser, on Playwright's clock: a 15-minute interval reaches a break with a desk move,
 * a postpone and then the break taken are counted on the device; a reload mid-interval goes on from the same
 * second; outside working hours nothing fires; signed in, a break taken with the network off reaches the server
 * once when it is back, and the tracker counts it. axe on every page and on the break screen.
 */
@IntegrationTest
class TimerJourneyTests extends BrowserJourney {

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TimerService timer;

    @Autowired
    TrackerService tracker;

    /** Monday 30 November 2026, 10:00 in the browser's zone (UTC): inside the default working hours. */
    static final String MONDAY_TEN = "2026-11-30T10:00:00Z";

    @Test
    void aShortIntervalReachesABreakWithADeskMovePostponedThenTakenAndCounted() {
        var page = atTime(MONDAY_TEN);
        page.navigate(url("/timer/settings"));
        page.getByLabel("Minutes between breaks", new Page.GetByLabelOptions().setExact(false))
                .fill("15");
        Browser.assertAccessible(page, "timer-settings-device");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))
                .click();
        page.waitForURL("**/timer/settings?saved");

        page.navigate(url("/timer"));
        assertThat(page.locator("#timer-count")).hasText("15:00");
        assertThat(page.locator("[data-timer-fallback]")).isHidden();
        Browser.assertAccessible(page, "timer-idle");
        page.clock().pauseAt(at("10:00:00"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        assertThat(page.locator("#timer-status")).hasText("Next break at 10:15");
        page.clock().runFor("14:59");
        assertThat(page.locator("#timer-count")).hasText("0:01");
        assertThat(page.locator("#timer-break")).isHidden();
        page.clock().runFor(1000);

        assertThat(page.locator("#timer-break-heading")).hasText("Time to stand up");
        assertThat(page.locator("#timer-move-name")).not().isEmpty();
        assertThat(page.locator("#timer-break-count")).hasText("2:00");
        accessible(page, "timer-break");
        page.clock().pauseAt(at("10:16:00"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Five more minutes"))
                .click();
        assertThat(page.locator("#timer-break")).isHidden();
        assertThat(page.locator("#timer-status")).hasText("Next break at 10:21");

        page.clock().runFor("05:00");
        assertThat(page.locator("#timer-break")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Five more minutes"))
                .click();
        assertThat(page.locator("#timer-postpone-confirm")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have done it"))
                .click();
        assertThat(page.locator("#timer-status")).hasText("Next break at 10:36");

        var today = page.locator("#timer-device-days tbody tr").first();
        assertThat(today.locator("th")).hasText("Mon 30 Nov");
        assertThat(today.locator("td").nth(0)).hasText("1");
        assertThat(today.locator("td").nth(3)).hasText("1");
        assertThat(today.locator("td").nth(4)).hasText("21 min");
        accessible(page, "timer-counted");
        page.navigate(url("/timer/stats"));
        assertThat(page.locator("#timer-device-days tbody tr")
                        .first()
                        .locator("td")
                        .nth(0))
                .hasText("1");
        Browser.assertAccessible(page, "timer-stats-device");
    }

    @Test
    void aReloadMidIntervalGoesOnFromTheSameSecond() {
        var page = atTime(MONDAY_TEN);
        page.navigate(url("/timer"));
        page.clock().pauseAt(at("10:00:00"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        page.clock().runFor("12:34");
        assertThat(page.locator("#timer-count")).hasText("17:26");
        page.reload();
        var now = ((Number) page.evaluate("() => Date.now()")).longValue();
        page.clock().pauseAt(now + 1000);
        var left = (at("10:15:00") + 15 * 60_000 - (now + 1000) + 999) / 1000;
        assertThat(page.locator("#timer-count")).hasText(String.format("%d:%02d", left / 60, left % 60));
        assertThat(page.locator("#timer-status")).hasText("Next break at 10:30");
    }

    @Test
    void outsideWorkingHoursNothingFires() {
        var page = atTime("2026-12-05T10:00:00Z"); // a Saturday
        page.navigate(url("/timer"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        assertThat(page.locator("#timer-status"))
                .hasText("Outside your working hours. The timer starts itself at Monday 09:00.");
        Browser.assertAccessible(page, "timer-waiting");
        // A minute at a time: each step runs the page's tick once at that minute, where running the hour through
        // would run its half-second tick 7,200 times (39 s of the suite). A break at any minute would be counted.
        for (int minute = 0; minute < 60; minute++) {
            page.clock().fastForward("01:00");
        }
        assertThat(page.locator("#timer-break")).isHidden();
        assertThat(page.locator("#timer-device-none")).isVisible();
    }

    @Test
    void signedInABreakTakenOfflineIsCountedOnceWhenBackOnline() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        timer.changeSettings(
                person.id(),
                new ChangeTimerSettings(15, 1, "00:00", "23:59", EnumSet.allOf(DayOfWeek.class), false, false));
        var page = open(true);
        JourneySteps.signIn(page, url("/sign-in"), person.email());
        page.navigate(url("/timer"));
        assertThat(page.locator("#timer-count")).hasText("15:00");
        assertThat(page.locator("html")).hasAttribute("data-offline", "ready");
        Browser.assertAccessible(page, "timer-signed-in");

        page.context().setOffline(true);
        page.reload();
        assertThat(page.locator("#timer-clock")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break now"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have done it"))
                .click();
        assertThat(page.locator("#timer-device-days tbody tr")
                        .first()
                        .locator("td")
                        .nth(0))
                .hasText("1");
        assertThat(timer.events(person.id())).isEmpty();

        page.context().setOffline(false);
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(timer.events(person.id()).stream()
                                .map(e -> e.kind())
                                .toList())
                        .containsExactly("taken"));
        page.reload();
        assertThat(page.locator("#timer-clock")).isVisible();
        page.waitForTimeout(2000);
        assertThat(timer.events(person.id())).hasSize(1);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(tracker.entry(
                                        person.id(),
                                        tracker.personalDay(person.id()).today())
                                .orElseThrow()
                                .breaks())
                        .isEqualTo(1));
    }

    /**
     * A window whose clock starts ten minutes before `instant` and runs on its own, so that pages load and axe
     * (which waits on timers) runs; a journey stops it with pauseAt where it reads the countdown.
     */
    private Page atTime(String instant) {
        var page = open(true);
        page.clock()
                .install(new Clock.InstallOptions()
                        .setTime(java.time.Instant.parse(instant)
                                .minusSeconds(600)
                                .toEpochMilli()));
        return page;
    }

    /** Monday 30 November 2026 at a time of day, UTC. */
    private static long at(String time) {
        return java.time.Instant.parse("2026-11-30T" + time + "Z").toEpochMilli();
    }

    /** axe waits on timers: the clock runs while it checks. */
    private static void accessible(Page page, String name) {
        page.clock().resume();
        Browser.assertAccessible(page, name);
    }
}
