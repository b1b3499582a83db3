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
