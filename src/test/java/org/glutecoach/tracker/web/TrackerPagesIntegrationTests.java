package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The today page over real HTTP: pre-filled, saved as a plain form and with htmx, errors beside their fields. */
@IntegrationTest
class TrackerPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TrackerService tracker;

    @Test
    void aNewDayStartsWithYesterdaysSittingAnswersButNotItsSoreness() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        tracker.log(
                person.id(),
                today.minusDays(1),
                new EntryInput("8.5", "95", "3", "6", "2", null, true, List.of("SLUMPED"), false, false, "a long day"),
                false);
        var visitor = signedIn(person);

        var page = visitor.get("/tracker").body();

        assertThat(page)
                .contains(
                        "id=\"hoursSitting\" name=\"hoursSitting\" value=\"8.5\"",
                        "id=\"longestSpellMinutes\" name=\"longestSpellMinutes\" value=\"95\"",
                        "value=\"SLUMPED\" id=\"sitting-SLUMPED\" checked",
                        "We filled these in from the day before")
                .contains("id=\"sorenessLeft\" name=\"sorenessLeft\" value=\"\"")
                .doesNotContain("a long day");
        assertThat(page).contains("Your week", "Not filled in");
    }

    @Test
    void thePlainFormSavesAndComesBackToTheDay() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        var visitor = signedIn(person);
        visitor.get("/tracker");

        var saved = visitor.post(
                "/tracker",
                Map.of("date", today.toString(), "hoursSitting", "8", "sorenessLeft", "3", "sorenessRight", "0"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/tracker?saved&day=" + today));
        assertThat(tracker.entry(person.id(), today)).hasValueSatisfying(entry -> {
            assertThat(entry.sorenessLeft()).isEqualTo(3);
            assertThat(entry.sorenessRight()).isZero();
            assertThat(entry.sorenessMiddle()).isNull();
        });
        assertThat(visitor.get("/tracker?saved&day=" + today).body()).contains("Saved.", "value=\"3\"");
        assertThat(visitor.get("/dashboard").body()).contains("Today is filled in");
    }

    @Test
    void aFutureDayAndBadNumbersAreNamedBesideTheirFieldsAndNothingIsKept() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        var visitor = signedIn(person);
        visitor.get("/tracker");

        var refused = visitor.post(
                "/tracker",
                Map.of(
                        "date",
                        today.plusDays(1).toString(),
                        "hoursSitting",
                        "2",
                        "longestSpellMinutes",
                        "150",
                        "sorenessLeft",
                        "3"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "id=\"date-error\"",
                        "This day has not happened yet",
                        "aria-describedby=\"date-hint date-error\"",
                        "id=\"longestSpellMinutes-error\"",
                        "This is longer than the hours you sat",
                        "href=\"#date\"");
        assertThat(tracker.entries(person.id(), today.minusDays(20), today.plusDays(1)))
                .isEmpty();
        assertThat(visitor.get("/tracker?day=" + today.plusDays(1)).statusCode())
                .isEqualTo(400);
    }

    @Test
    void choosingAPastDayShowsItsAnswersAndTheFormSavesThatDay() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        var yesterday = today.minusDays(1);
        tracker.log(
                person.id(),
                yesterday,
                new EntryInput("6", null, null, "5", null, null, false, List.of(), false, false, null),
                false);
        var visitor = signedIn(person);

        var page = visitor.get("/tracker?day=" + yesterday);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .as("the picker shows the day, the save form carries it and only it")
                .contains(
                        "method=\"get\"",
                        "id=\"date\" name=\"day\" value=\"" + yesterday + "\"",
                        "min=\"" + today.minusDays(14) + "\"",
                        "max=\"" + today + "\"",
                        "type=\"hidden\" name=\"date\" value=\"" + yesterday + "\"",
                        "id=\"hoursSitting\" name=\"hoursSitting\" value=\"6\"",
                        "id=\"sorenessLeft\" name=\"sorenessLeft\" value=\"5\"",
                        "Show this day")
                .doesNotContain("name=\"date\" value=\"" + today + "\"");

        var swapped = visitor.get("/tracker?day=" + yesterday, Map.of("HX-Request", "true"));
        assertThat(swapped.statusCode()).isEqualTo(200);
        assertThat(swapped.body())
                .startsWith("<section id=\"day\"")
                .contains("id=\"sorenessLeft\" name=\"sorenessLeft\" value=\"5\"");
        assertThat(tracker.entry(person.id(), today)).isEmpty();
    }

    @Test
    void aPickedDayReopenedFromHistoryComesBackAsTheWholePage() {
        var person = withConsent();
        var yesterday = tracker.personalDay(person.id()).today().minusDays(1);
        var visitor = signedIn(person);

        var restored = visitor.get(
                "/tracker?day=" + yesterday, Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"));

        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(restored.body())
                .as("htmx puts a history restore in place of the whole body, so it needs the layout too")
                .contains("<html", "class=\"site-header\"", "<section id=\"day\"")
                .contains("id=\"date\" name=\"day\" value=\"" + yesterday + "\"");
    }

    @Test
    void aFutureDayOrOneTooFarBackIsNamedBesideTheDayPickerAndNothingIsKept() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        var visitor = signedIn(person);

        var ahead = visitor.get("/tracker?day=" + today.plusDays(1));
        var tooOld = visitor.get("/tracker?day=" + today.minusDays(15));
        var swapped = visitor.get("/tracker?day=" + today.plusDays(1), Map.of("HX-Request", "true"));

        assertThat(ahead.statusCode()).isEqualTo(400);
        assertThat(ahead.body())
                .contains(
                        "id=\"date-error\"",
                        "This day has not happened yet",
                        "id=\"date\" name=\"day\" value=\"" + today.plusDays(1) + "\"",
                        "aria-describedby=\"date-hint date-error\"",
                        "href=\"#date\"",
                        "type=\"hidden\" name=\"date\" value=\"" + today + "\"");
        assertThat(tooOld.statusCode()).isEqualTo(400);
        assertThat(tooOld.body()).contains("id=\"date-error\"", "You can fill in days up to 14 days back");
        assertThat(visitor.get("/tracker?day=" + today.minusDays(14)).statusCode())
                .isEqualTo(200);
        assertThat(swapped.statusCode()).as("htmx swaps 422, not 400").isEqualTo(422);
        assertThat(swapped.body()).startsWith("<section id=\"day\"").contains("id=\"date-error\"");
        assertThat(tracker.entries(person.id(), today.minusDays(30), today.plusDays(1)))
                .isEmpty();
    }

    @Test
    void withHtmxEachChangeSavesAndTheDayIsSwappedIn() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        var visitor = signedIn(person);
        visitor.get("/tracker");

        var saved = visitor.post(
                "/tracker", Map.of("date", today.toString(), "sorenessMiddle", "4"), Map.of("HX-Request", "true"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.headers().firstValue("HX-Trigger")).hasValue("tracker-day-logged");
        assertThat(saved.body())
                .as("the status line's text and the week, never the field being typed in")
                .startsWith("<span>Saved.</span>")
                .contains("id=\"week\"", "data-hx-swap-oob=\"true\"")
                .doesNotContain("<html", "id=\"sorenessMiddle\"");
        assertThat(tracker.entry(person.id(), today).orElseThrow().sorenessMiddle())
                .isEqualTo(4);

        var refused = visitor.post(
                "/tracker", Map.of("date", today.toString(), "sorenessMiddle", "eleven"), Map.of("HX-Request", "true"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("HX-Retarget")).hasValue("#day");
        assertThat(refused.body()).startsWith("<section id=\"day\"").contains("id=\"sorenessMiddle-error\"");
    }

    @Test
    void thePageAsksForConsentOnTheSpotAndKeepsNothingWithoutIt() {
        var person = AccountFixtures.aPerson(identity);
        var today = tracker.personalDay(person.id()).today();
        var visitor = signedIn(person);
        assertThat(visitor.get("/tracker").body()).contains("id=\"healthData\"");

        var refused = visitor.post("/tracker", Map.of("date", today.toString(), "sorenessLeft", "3"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"healthData-error\"", "Tick the box so we can keep your day");
        assertThat(tracker.entry(person.id(), today)).isEmpty();

        var saved =
                visitor.post("/tracker", Map.of("date", today.toString(), "sorenessLeft", "3", "healthData", "true"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isTrue();
        assertThat(visitor.get("/tracker").body()).doesNotContain("id=\"healthData\"");
    }

    private AccountView withConsent() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aPerson(identity));
    }

    private Visitor signedIn(AccountView person) {
        return AccountFixtures.signedIn(port, person);
    }
}
