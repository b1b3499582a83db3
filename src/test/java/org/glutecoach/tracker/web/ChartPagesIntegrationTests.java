package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The charts page and the summary API over real HTTP, and the prompt to take the red-flag screen again. Days
 * further back than the 14 that may be filled in late are written straight into the table, as an import would.
 */
@IntegrationTest
class ChartPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TrackerService tracker;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void eachChartHasASummaryAboveItAndItsNumbersInATableAndGapsStayGaps() {
        var visitor = signedInWithTwoDays().visitor();

        var page = visitor.get("/tracker/charts").body();

        assertThat(page)
                .contains(
                        "Soreness on the left side",
                        "2 days rated. Lowest 2, highest 4.",
                        "the latest is 3.0",
                        "<svg",
                        "role=\"img\"",
                        "<details>",
                        "The numbers as a table",
                        "Not filled in",
                        "2 days filled in.");
        assertThat(page).contains("aria-current=\"page\">4 weeks</a>");
        assertThat(visitor.get("/tracker/charts?range=all").body())
                .contains("aria-current=\"page\">All</a>", "2 days filled in.");
    }

    @Test
    void whatNoSideHasEnoughDaysForIsSaidOnceNotOncePerSide() {
        var page = signedInWithTwoDays().visitor().get("/tracker/charts").body();

        assertThat(page)
                .contains(
                        "Change since you started: we need 14 days with a rating on a side before we say if it has"
                                + " changed. So far you have rated the left side on 2 days, the right side on no days"
                                + " and the middle on no days. The side rated most needs 12 more days.",
                        "So far each side has none, so 14 more are needed.",
                        "we need 5 of each, each with the next day rated. So far: 0 with and 0 without.")
                .doesNotContain("<ul class=\"findings\"", "Left side: we need", "Right side: to look for a link")
                .doesNotContain("Middle: to compare days with and without");
        assertThat(page.split("Sitting and next-day soreness: ", -1)).hasSize(2);
    }

    @Test
    void onceASideHasEnoughDaysEachSideHasItsOwnFindingsAndTheRestIsSaidOnce() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        for (int i = 0; i < 20; i++) {
            insert(person, today.minusDays(19 - i), 2 * (4 + i % 5), i == 0 ? 3 : 1 + (i - 1) % 5, 1);
        }
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var page = visitor.get("/tracker/charts").body();

        var findings = page.substring(
                page.indexOf("<ul class=\"findings\""), page.indexOf("</ul>", page.indexOf("<ul class=\"findings\"")));
        assertThat(findings)
                .contains(
                        "Left side: your soreness went from",
                        "Left side: we found a very strong link",
                        "Right side: your hours sitting, or how sore this side was the next day, stayed the same"
                                + " over all 19 pairs of days.",
                        "Middle: you have not rated this side in this period, so there is nothing to show for it yet.")
                .doesNotContain("wallet", "Middle: we need", "Middle: to look for a link");
        assertThat(page)
                .contains("Wallet in a back pocket: to compare days with it and days without it, we need 5 of each,"
                        + " each with the next day rated. So far, for the left side: 0 with and 19 without. For the"
                        + " right side: 0 and 19. For the middle: 0 and 0.")
                .doesNotContain("Change since you started:");
    }

    @Test
    void aRankScoreNearZeroSaysTheTwoDidNotMoveTogetherNotWhichWayTheyWent() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        for (int i = 0; i < 20; i++) {
            // Hours 4, 5, 4, 5, ...; the left side 1, 1, 2, 2, ...: the next day's soreness does not follow the
            // hours (Spearman's rho over the 19 pairs, worked out by hand: 1/18 = 0.06).
            insert(person, today.minusDays(19 - i), 2 * (4 + i % 2), 1 + (i / 2) % 2, 1);
        }
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var page = visitor.get("/tracker/charts").body();

        assertThat(page)
                .contains("Left side: we found no clear link between how long you sat and how sore this side was the"
                        + " next day (rank score 0.06, from 19 pairs of days). A score this close to 0 means the two"
                        + " did not go up or down together.")
                .doesNotContain("Longer sitting went with");
    }

    @Test
    void theRoutinesChartSaysOnHowManyDaysARoutineWasDone() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        tracker.log(person.id(), today.minusDays(2), day("8", "4"), false);
        tracker.log(
                person.id(),
                today,
                new EntryInput("6", null, null, "2", null, null, false, List.of(), true, false, null),
                false);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var page = visitor.get("/tracker/charts").body();

        assertThat(page)
                .contains("<p id=\"chart-routines-summary\">Routine done on 1 of the 2 days filled in.</p>")
                .doesNotContain("Lowest 0, highest 1");
    }

    @Test
    void eachTableRowHasItsChartsCellsAndADayNotFilledInSaysSo() {
        var person = signedInWithTwoDays();
        var today = person.today();

        var page = person.visitor().get("/tracker/charts").body();

        // A soreness table has a 7-day mean column, the others not; each is its own loop in the template.
        var left = tableRows(page, "chart-soreness-left");
        var hours = tableRows(page, "chart-hours");
        assertThat(left).hasSize(28).allMatch(row -> row.size() == 3);
        assertThat(hours).hasSize(28).allMatch(row -> row.size() == 2);
        var yesterday = today.minusDays(1).format(DAY);
        assertThat(left.get(26)).startsWith(yesterday, "Not filled in");
        assertThat(hours.get(26)).containsExactly(yesterday, "Not filled in");
        assertThat(left.get(27)).startsWith(today.format(DAY), "2");
        assertThat(left.get(25).get(1)).isEqualTo("4");
        assertThat(hours.get(27)).containsExactly(today.format(DAY), "6");
    }

    private record SignedIn(Visitor visitor, LocalDate today) {}

    /** A person who filled in today (6 hours, left side 2) and the day before yesterday (8, 4), signed in. */
    private SignedIn signedInWithTwoDays() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        tracker.log(person.id(), today.minusDays(2), day("8", "4"), false);
        tracker.log(person.id(), today, day("6", "2"), false);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        return new SignedIn(visitor, today);
    }

    /** The cells of each row of a chart's table body, by the chart's element id. */
    private static List<List<String>> tableRows(String page, String chartId) {
        var section = page.substring(page.indexOf("<h2 id=\"" + chartId + "-heading\""));
        var body = section.substring(section.indexOf("<tbody>"), section.indexOf("</tbody>"));
        var cell = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>");
        return Arrays.stream(body.split("</tr>"))
                .filter(row -> row.contains("<tr>"))
                .map(row -> cell.matcher(row).results().map(m -> m.group(1)).toList())
                .toList();
    }

    @Test
    void allOfALongLogIsDrawnAPointAWeekWhileAYearStaysADayAPoint() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        for (int back = 449; back >= 0; back--) {
            if (back < 20 || back > 34) {
                insert(person, today.minusDays(back), 16, back % 5, 1);
            }
        }
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var all = visitor.get("/tracker/charts?range=all").body();
        var year = visitor.get("/tracker/charts?range=1y").body();

        assertThat(all)
                .contains(
                        "435 days filled in.",
                        "435 days rated. Lowest 0, highest 4. The average of the 7 days up to your latest rating is",
                        "each dot is one week: the average of the days rated that week",
                        "Average of the week",
                        "Days it is the average of",
                        "%s to %s".formatted(longDate(today.minusDays(6)), longDate(today)),
                        "Routine done on none of the 435 days filled in: 0% of them.")
                .doesNotContain("<th scope=\"row\">" + today.format(DAY) + "</th>");
        assertThat(java.util.regex.Pattern.compile("M[0-9.]+,[0-9.]+h0")
                        .matcher(all)
                        .results())
                .as("a dot for each week with entries (65 weeks, 2 of them empty) on the 4 charts with values: "
                        + "left, right, hours and routines")
                .hasSize(4 * 63);
        assertThat(year)
                .contains("<th scope=\"row\">" + today.format(DAY) + "</th>", "The line is the average of the 7 days")
                .doesNotContain("each dot is one week", "Average of the week");
    }

    @Test
    void theSummaryGivesEachSidesCorrelationWithItsPairs() throws Exception {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        for (int i = 0; i < 20; i++) {
            // Hours 4-8 repeating; the left side the next day follows them, the right stays at 1.
            var date = today.minusDays(19 - i);
            insert(person, date, 2 * (4 + i % 5), i == 0 ? 3 : 1 + (i - 1) % 5, 1);
        }
        var bearer = AccountFixtures.bearer(identity, person);

        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tracker/summary?from="
                                        + today.minusDays(19) + "&to=" + today))
                                .header("Authorization", bearer)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var summary = json.readTree(response.body());
        var left = summary.get("sides").get(0);
        assertThat(left.get("side").asString()).isEqualTo("LEFT");
        assertThat(left.get("correlation").asDouble()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(left.get("pairs").asInt()).isEqualTo(19);
        assertThat(left.get("strength").asString()).isEqualTo("VERY_STRONG");
        assertThat(left.get("change").asString()).isNotEqualTo("TOO_EARLY");
        assertThat(summary.get("sides").get(1).get("correlation").isNull()).isTrue();
        assertThat(summary.get("days").size()).isEqualTo(20);
    }

    @Test
    void aRiseOfTwoPointsAsksForTheScreenAgainOnceAWeek() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        for (int i = 30; i >= 28; i--) {
            insert(person, today.minusDays(i), 14, 2, 1);
        }
        insert(person, today.minusDays(1), 14, 5, 1);
        insert(person, today, 14, 4, 2);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        assertThat(visitor.get("/tracker").body())
                .as("left: start 2, now 4.5")
                .contains("Please check for warning signs again", "<li>Left side</li>", "href=\"/self-check\"")
                .doesNotContain("<li>Right side</li>");
        assertThat(visitor.get("/tracker").body())
                .as("not again within a week")
                .doesNotContain("Please check for warning signs again");
    }

    @Test
    void theLastRescreenPromptIsInThePersonsExport() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        for (int i = 30; i >= 28; i--) {
            insert(person, today.minusDays(i), 14, 2, 1);
        }
        insert(person, today, 14, 5, 1);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(json.readTree(visitor.get("/account/export.json").body())
                        .get("sections")
                        .get("tracker")
                        .get("rescreenPrompt")
                        .asString())
                .as("never asked yet")
                .isEmpty();

        assertThat(visitor.get("/tracker").body()).contains("Please check for warning signs again");

        var prompt = json.readTree(visitor.get("/account/export.json").body())
                .get("sections")
                .get("tracker")
                .get("rescreenPrompt");
        assertThat(prompt.get("shownOn").asString()).isEqualTo(today.toString());
        assertThat(prompt.get("sides").asString()).contains("LEFT");
    }

    private void insert(AccountView person, LocalDate date, int halfHours, int left, int right) {
        jdbc.sql("""
                INSERT INTO tracker_entries (id, account_id, entry_date, half_hours_sitting, soreness_left,
                    soreness_right, spasms, sitting, release_done, activation_done, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, FALSE, '', FALSE, FALSE, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(UUID.randomUUID(), person.id().value(), date, halfHours, left, right)
                .update();
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK);

    private static String longDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
    }

    private AccountView withConsent() {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        return person;
    }

    private static EntryInput day(String hours, String left) {
        return new EntryInput(hours, null, null, left, null, null, false, List.of(), false, false, null);
    }
}
