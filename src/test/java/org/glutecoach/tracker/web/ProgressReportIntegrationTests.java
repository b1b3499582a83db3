package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** The progress report as PDF, read back with PDFBox: the period, the findings, the numbers, the day it was made. */
@IntegrationTest
class ProgressReportIntegrationTests {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    TrackerService tracker;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theReportHoldsThePeriodTheFindingsTheNumbersAndTheDayItWasMade() throws Exception {
        var person = fifteenDaysGettingBetterOnTheLeft();
        var today = tracker.personalDay(person.id()).today();
        var from = today.minusDays(14);

        var response = get(
                "/api/v1/tracker/report.pdf?from=" + from + "&to=" + today, AccountFixtures.bearer(identity, person));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(text(response.body()))
                .contains(
                        "Progress report",
                        "From " + from.format(LONG) + " to " + today.format(LONG) + ": 15 days filled in.",
                        "Left side: your soreness went from 8.0 at the start to 2.0 over the last 7 days.",
                        "Made on " + today.format(LONG),
                        "15 days rated. Lowest 2, highest 8.",
                        "Hours sitting",
                        "9.5");
    }

    @Test
    void theReportIsATaggedPdfInBritishEnglishWithATitleAndWrittenToThePerson() throws Exception {
        var person = fifteenDaysGettingBetterOnTheLeft();
        var today = tracker.personalDay(person.id()).today();

        var response = get(
                "/api/v1/tracker/report.pdf?from=" + today.minusDays(14) + "&to=" + today,
                AccountFixtures.bearer(identity, person));

        try (var document = Loader.loadPDF(response.body())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot())
                    .as("tagged: a structure tree")
                    .isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Progress report");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded())
                            .as("PDF/UA: every font embedded")
                            .isTrue();
                }
            }
        }
        assertThat(text(response.body()))
                .contains(
                        "from the days you filled in.",
                        "You rated your soreness from 0 (none) to 10 (the worst you can imagine)",
                        "This report is a record of your own ratings",
                        "Left side: your soreness went from")
                .doesNotContain("this person", "the person", "their own", "they can imagine");
    }

    @Test
    void aLongPeriodsNumbersAreARowAWeekAsOnTheChartsPage() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var today = tracker.personalDay(person.id()).today();
        for (int back = 449; back >= 0; back--) {
            jdbc.sql("""
                    INSERT INTO tracker_entries (id, account_id, entry_date, half_hours_sitting, soreness_left,
                        spasms, sitting, release_done, activation_done, version, created_at, updated_at)
                    VALUES (?, ?, ?, 16, 3, FALSE, '', ?, FALSE, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                    .params(UUID.randomUUID(), person.id().value(), today.minusDays(back), back % 2 == 0)
                    .update();
        }

        var response = get(
                "/api/v1/tracker/report.pdf?from=" + today.minusDays(449) + "&to=" + today,
                AccountFixtures.bearer(identity, person));

        var text = text(response.body());
        var day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
        var week = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        assertThat(text)
                .contains(
                        "450 days filled in.",
                        "Week ",
                        today.minusDays(6).format(week) + " to " + today.format(week),
                        "each dot is one week",
                        "Routine done on 225 of the 450 days filled in: 50% of them.")
                .doesNotContain(today.format(day), today.minusDays(200).format(day));
    }

    @Test
    void anotherPersonsTokenGetsOnlyTheirOwnReport() throws Exception {
        var person = fifteenDaysGettingBetterOnTheLeft();
        var today = tracker.personalDay(person.id()).today();
        var path = "/api/v1/tracker/report.pdf?from=" + today.minusDays(14) + "&to=" + today;
        var stranger = AccountFixtures.aPerson(identity);

        var theirs = get(path, AccountFixtures.bearer(identity, stranger));

        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(text(theirs.body())).contains("no days filled in.").doesNotContain("9.5", "went from 8.0");
        assertThat(get(path, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBadPeriodIsAProblemNamingTheField() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        var today = tracker.personalDay(person.id()).today();

        var response = get(
                "/api/v1/tracker/report.pdf?from=" + today + "&to=" + today.minusDays(1),
                AccountFixtures.bearer(identity, person));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json.readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void theChartsPageOffersTheReportOfItsPeriod() throws Exception {
        var person = fifteenDaysGettingBetterOnTheLeft();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        assertThat(visitor.get("/tracker/charts?range=3m").body()).contains("href=\"/tracker/report.pdf?range=3m\"");
        var response = visitor.get("/tracker/report.pdf?range=3m");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.body()).startsWith("%PDF");
    }

    /** Today and the 14 days before: left soreness 8 for the first 8 days, then 2; 9.5 hours sitting each day. */
    private AccountView fifteenDaysGettingBetterOnTheLeft() {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var today = tracker.personalDay(person.id()).today();
        for (int back = 14; back >= 0; back--) {
            var left = back >= 7 ? "8" : "2";
            var input = new EntryInput("9.5", "60", "3", left, "3", null, false, List.of(), false, false, null);
            tracker.log(person.id(), today.minusDays(back), input, false);
        }
        return person;
    }

    private HttpResponse<byte[]> get(String path, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/pdf, application/problem+json");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text with each run of white space as one space, as line breaks fall where the page width says. */
    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
