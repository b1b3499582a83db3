package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The library's pages and its four public API calls, for someone not signed in. */
@IntegrationTest
class RoutinesWebIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theLibraryPageListsRoutinesAndExercisesAndNarrowsByKindEquipmentAndMinutes() throws Exception {
        var all = get("/routines");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body())
                .contains(
                        "5-minute release",
                        "Desk reset",
                        "Strength, week 1",
                        "Side-lying clamshell",
                        "/assets/img/routines/");
        var chair = get("/routines?kind=activation&equipment=chair").body();
        assertThat(chair)
                .contains("Seated &quot;find your glute&quot; squeeze")
                .doesNotContain("Side-lying clamshell", "Foam roller glute release");
        assertThat(chair)
                .as("each filter keeps its label and what was chosen")
                .contains(
                        "<label for=\"kind\">",
                        "<select id=\"kind\" name=\"kind\">",
                        "<option value=\"activation\" selected=\"selected\">Switch on</option>",
                        "<label for=\"equipment\">",
                        "<option value=\"chair\" selected=\"selected\">");
        var short2 = get("/routines?minutes=2").body();
        assertThat(short2).contains("Desk reset", "A short walk").doesNotContain("Strength, week 1");
        assertThat(get("/routines?kind=juggling").body())
                .as("an unknown filter narrows nothing")
                .contains("Side-lying clamshell");
    }

    @Test
    void anExercisePageShowsWhenNotToDoItFirstAndItsDrawingWithItsTextAlternative() throws Exception {
        var page = get("/routines/exercises/foam-roller-release").body();
        assertThat(page)
                .contains("alt=\"Sitting on a foam roller, leaning to one side, hands on the floor behind\"")
                .contains("2 sets × 60 seconds per side, 30 seconds rest between sets");
        assertThat(page.indexOf("broken skin")).isLessThan(page.indexOf("Sit on the floor with the roller"));
        assertThat(get("/routines/exercises/glute-bridge").body())
                .contains("2 sets × 10 reps, hold each for 2 seconds, 60 seconds rest between sets");
        assertThat(get("/routines/exercises/no-such").statusCode()).isEqualTo(404);
    }

    @Test
    void aRoutinePageListsItsExercisesWithItsOwnDosesAndLinksToThePlayer() throws Exception {
        var page = get("/routines/five-minute-release").body();
        assertThat(page)
                .contains(
                        "Massage ball release on the floor",
                        "1 set × 90 seconds per side",
                        "/routines/five-minute-release/play");
        assertThat(get("/routines/no-such").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiServesTheLibraryToEveryone() throws Exception {
        var exercises = json.readTree(get("/api/v1/routines/exercises").body());
        assertThat(exercises.size()).isEqualTo(13);
        var release =
                json.readTree(get("/api/v1/routines/exercises?kind=release").body());
        assertThat(release.size()).isEqualTo(3);
        var clam = json.readTree(get("/api/v1/routines/exercises/clamshell").body());
        assertThat(clam.get("sides").asString()).isEqualTo("each");
        assertThat(clam.get("dose").get("reps").asInt()).isEqualTo(10);
        assertThat(clam.has("timedOrCounted")).isFalse();
        var routines = json.readTree(get("/api/v1/routines").body());
        assertThat(routines.size()).isEqualTo(4);
        var desk = json.readTree(get("/api/v1/routines/desk-reset").body());
        assertThat(desk.get("minutes").asInt()).isEqualTo(2);
        assertThat(desk.get("steps").get(0).get("exercise").get("id").asString())
                .isEqualTo("desk-stand-and-squeeze");
        var missing = get("/api/v1/routines/no-such");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
