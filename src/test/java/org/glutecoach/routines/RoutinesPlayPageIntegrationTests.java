package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The play page, server-rendered: each exercise's cautions come before it, with and without script (issue 16). */
@IntegrationTest
class RoutinesPlayPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RoutinesService routines;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    SelfCheckResults results;

    @Test
    void eachExerciseWithCautionsShowsThemBeforeItsStepsAndThePlayerHasACautionStep() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        results.keep(person.id(), SelfCheckFixtures.clearAnswers());
        routines.confirmScreen(person.id());
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var page = visitor.get("/routines/five-minute-release/play").body();
        assertThat(page).contains("id=\"player-caution\"", "id=\"player-caution-read\"");
        var fallback = page.substring(page.indexOf("id=\"player-fallback\""));
        var steps = routines.routine("five-minute-release").orElseThrow().steps();
        for (var i = 0; i < steps.size(); i++) {
            var exercise = steps.get(i).exercise();
            var name = fallback.indexOf(HtmlUtils.htmlEscape(exercise.name()));
            var end = i + 1 < steps.size()
                    ? fallback.indexOf(
                            HtmlUtils.htmlEscape(steps.get(i + 1).exercise().name()))
                    : fallback.indexOf("</ol>");
            assertThat(exercise.cautions()).isNotEmpty();
            for (var line : exercise.cautions()) {
                assertThat(fallback.indexOf(HtmlUtils.htmlEscape(line), name))
                        .as("%s comes with %s, before the next exercise", line, exercise.id())
                        .isBetween(name, end);
            }
            for (var line : exercise.doNotIf()) {
                assertThat(fallback.indexOf(HtmlUtils.htmlEscape(line), name)).isBetween(name, end);
            }
        }
    }

    @Test
    void everyRoutineStartsFromAPageWithTheSafetyNetAndTheFirstRoutineReadyPageHasItToo() {
        // Issue 11, rule 7: the safety-net at the start of every routine (the routine's own page, where "Start" is).
        var visitor = Visitor.at(port);
        for (var routine : routines.routines(LibraryFilter.ANY)) {
            var page = visitor.get("/routines/" + routine.id()).body();
            assertThat(page).as(routine.id()).contains("class=\"safety-net\"", "href=\"tel:999\"");
        }
        var person = AccountFixtures.aVerifiedPerson(identity);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var ready = visitor.get("/routines/five-minute-release/play").body();
        assertThat(ready).as("the ready page before a first routine").contains("class=\"safety-net\"");
    }
}
