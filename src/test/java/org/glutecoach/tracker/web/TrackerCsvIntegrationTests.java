package org.glutecoach.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The log out as CSV and back in on another account, and an import with bad rows that keeps nothing. */
@IntegrationTest
class TrackerCsvIntegrationTests {

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

    @Test
    void whatIsExportedImportsIntoAnotherAccountUnchanged() throws Exception {
        var from = withConsent();
        var today = tracker.personalDay(from.id()).today();
        tracker.log(
                from.id(),
                today.minusDays(1),
                new EntryInput(
                        "7.5",
                        "90",
                        "3",
                        "4",
                        "0",
                        null,
                        true,
                        List.of("SLUMPED", "LEGS_CROSSED"),
                        false,
                        true,
                        "meeting, then \"desk\""),
                false);
        tracker.log(
                from.id(),
                today,
                new EntryInput(null, null, null, null, null, "2", false, List.of(), true, false, "=1+1"),
                false);
        var csv = send("GET", "/api/v1/tracker/entries.csv", AccountFixtures.bearer(identity, from), null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var visitor = Visitor.at(port);
        visitor.signIn(from.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/tracker/entries.csv").body()).isEqualTo(csv.body());

        var to = withConsent();
        var imported = send("POST", "/api/v1/tracker/entries.csv", AccountFixtures.bearer(identity, to), csv.body());

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).get("imported").asInt()).isEqualTo(2);
        assertThat(tracker.entries(to.id(), today.minusDays(5), today))
                .isEqualTo(tracker.entries(from.id(), today.minusDays(5), today));
    }

    @Test
    void aFileWithBadRowsNamesEachAndImportsNothing() throws Exception {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        var csv = String.join(
                "\r\n",
                "date,hoursSitting,longestSpellMinutes,breaks,sorenessLeft,sorenessRight,"
                        + "sorenessMiddle,spasms,sitting,releaseDone,activationDone,note",
                "2020-01-06,8,60,2,3,1,,false,,false,false,an old day is fine",
                "2020-01-07,8,600,2,11,1,,maybe,,false,false,",
                today.plusDays(1) + ",8,60,2,3,1,,false,,false,false,",
                "2020-01-06,8,60,2,3,1,,false,,false,false,twice",
                "2020-01-08,8");

        var refused = send("POST", "/api/v1/tracker/entries.csv", AccountFixtures.bearer(identity, person), csv);

        assertThat(refused.statusCode()).isEqualTo(400);
        var fields = json.readTree(refused.body()).get("errors").findValuesAsString("field");
        assertThat(fields)
                .containsExactly(
                        "line 3: spasms",
                        "line 3: longestSpellMinutes",
                        "line 3: sorenessLeft",
                        "line 4: date",
                        "line 5: date",
                        "line 6: row");
        assertThat(tracker.entries(person.id(), java.time.LocalDate.of(2019, 1, 1), today))
                .isEmpty();
    }

    @Test
    void theImportPageListsEachBadLineBesideTheBoxAndKeepsNothingUntilAllAreRight() {
        var person = withConsent();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/tracker/import");
        var header = "date,hoursSitting,longestSpellMinutes,breaks,sorenessLeft,sorenessRight,sorenessMiddle,"
                + "spasms,sitting,releaseDone,activationDone,note\n";

        var refused = visitor.post(
                "/tracker/import",
                Map.of(
                        "csv",
                        header + "2021-03-01,8,60,2,12,1,,false,,false,"
                                + "false,\n2021-03-02,8,60,2,3,1,,false,,false,false,"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "id=\"csv-error\"",
                        "Line 2, sorenessLeft: Enter a whole number from 0 " + "to 10",
                        "aria-describedby=\"csv-hint csv-error\"",
                        "2021-03-02,8,60");
        assertThat(tracker.entries(person.id(), java.time.LocalDate.of(2021, 3, 1), java.time.LocalDate.of(2021, 3, 2)))
                .isEmpty();

        var imported = visitor.post(
                "/tracker/import",
                Map.of(
                        "csv",
                        header + "2021-03-01,8,60,2,5,1,,false,,false,"
                                + "false,\n2021-03-02,8,60,2,3,1,,false,,false,false,"));
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(tracker.entries(person.id(), java.time.LocalDate.of(2021, 3, 1), java.time.LocalDate.of(2021, 3, 2)))
                .hasSize(2);
    }

    private AccountView withConsent() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aPerson(identity));
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) {
        return ApiClient.at(port).sending("text/csv").accepting(null).send(method, path, bearer, body);
    }
}
