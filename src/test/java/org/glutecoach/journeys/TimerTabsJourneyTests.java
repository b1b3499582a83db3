package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
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
 * Two tabs of the timer in one browser (one context, one clock): the start clicked in one shows in both, the break
 * comes due in both, and when it runs its course it is counted once, on the device, on the server and in the
 * tracker, not once per tab. axe on both tabs' pages.
 */
@IntegrationTest
class TimerTabsJourneyTests extends BrowserJourney {

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TimerService timer;

    @Autowired
    TrackerService tracker;

    @Test
    void twoTabsShowTheSameTimerAndABreakThatRunsItsCourseIsCountedOnce() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        timer.changeSettings(
                person.id(),
                new ChangeTimerSettings(15, 1, "00:00", "23:59", EnumSet.allOf(DayOfWeek.class), false, false));
        var first = open(true);
        // The clock is the window's, so both tabs run on it; it runs on its own until a step pauses it.
        first.context().clock().install(new Clock.InstallOptions().setTime(at("09:50:00")));
        JourneySteps.signIn(first, url("/sign-in"), person.email());
        first.navigate(url("/timer"));
        assertThat(first.locator("#timer-count")).hasText("15:00");
        var second = first.context().newPage();
        second.navigate(url("/timer"));
        assertThat(second.locator("#timer-count")).hasText("15:00");
        Browser.assertAccessible(second, "timer-second-tab");

        first.context().clock().pauseAt(at("10:00:00"));
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        for (var tab : List.of(first, second)) {
            assertThat(tab.locator("#timer-status")).hasText("Next break at 10:15");
        }
        first.context().clock().runFor("14:59");
        for (var tab : List.of(first, second)) {
            assertThat(tab.locator("#timer-count")).hasText("0:01");
        }
        first.context().clock().runFor(1000);
        for (var tab : List.of(first, second)) {
            assertThat(tab.locator("#timer-break-heading")).hasText("Time to stand up");
            assertThat(tab.locator("#timer-move-name"))
                    .hasText(first.locator("#timer-move-name").textContent());
        }

        first.context().clock().runFor("01:00");
        for (var tab : List.of(first, second)) {
            assertThat(tab.locator("#timer-break")).isHidden();
            assertThat(tab.locator("#timer-status")).hasText("Next break at 10:31");
            assertThat(tab.locator("#timer-device-days tbody tr")
                            .first()
                            .locator("td")
                            .nth(0))
                    .hasText("1");
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(timer.events(person.id())).hasSize(1));
        // Give a second tab's copy time to arrive, were there one.
        first.waitForTimeout(2000);
        assertThat(timer.events(person.id()).stream().map(e -> e.kind()).toList())
                .containsExactly("taken");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(tracker.entry(person.id(), LocalDate.of(2026, 11, 30))
                                .orElseThrow()
                                .breaks())
                        .isEqualTo(1));
        first.context().clock().resume();
        Browser.assertAccessible(first, "timer-first-tab-counted");
    }

    /** Monday 30 November 2026 at a time of day, UTC (the browser's zone in the journeys). */
    private static long at(String time) {
        return Instant.parse("2026-11-30T" + time + "Z").toEpochMilli();
    }
}
