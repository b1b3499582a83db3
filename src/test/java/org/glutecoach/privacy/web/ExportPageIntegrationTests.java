package org.glutecoach.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.ChangePreferences;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Download my data" on screen: kept results included, dates as people read them in their time zone, no "None". */
@IntegrationTest
class ExportPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Registrations registrations;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Autowired
    TrackerService tracker;

    @Test
    void theSummaryListsKeptResultsWithReadableDatesInThePersonsTimeZone() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        registrations.changePreferences(person.id(), new ChangePreferences(null, java.time.ZoneId.of("Asia/Tokyo")));
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var kept = results.keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var page = visitor.get("/account/export").body();
        var summary = page.substring(page.indexOf("<main"), page.indexOf("<details>"));
        var takenAt = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK)
                .format(kept.takenAt().atZone(java.time.ZoneId.of("Asia/Tokyo")));
        assertThat(summary)
                .contains(
                        "Self-check results you kept: 1",
                        "Result of " + takenAt,
                        "href=\"/self-check/results/" + kept.id() + "\"",
                        "You have not given a name.",
                        "Keeping your health answers, yes",
                        "You have not joined the mini course.")
                .doesNotContain("None", "null", kept.takenAt().toString().substring(0, 16), "T0", "Z<");
    }

    /** The summary names every part of the file: the daily log, routines and the desk timer too, not only the first. */
    @Test
    void theSummaryNamesTheDailyLogTheRoutinesAndTheTimer() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var today = LocalDate.now(ZoneOffset.UTC);
        for (var day : List.of(today.minusDays(2), today.minusDays(1))) {
            tracker.log(
                    person.id(),
                    day,
                    new EntryInput("7", null, null, "3", null, null, false, List.of(), false, false, null),
                    false);
        }
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var page = visitor.get("/account/export").body();
        var summary = page.substring(page.indexOf("<main"), page.indexOf("<details>"));
        assertThat(summary)
                .contains(
                        "Your daily log",
                        "Days you logged: 2",
                        "href=\"/tracker/charts\"",
                        "Routine sessions recorded: 0",
                        "Routines you made: 0",
                        "Desk timer",
                        "Breaks taken, skipped or put off: 0");
    }
}
