package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The course API: the lesson list for anyone; one's enrolment and open lessons with a token. */
@IntegrationTest
class CourseApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    CourseService course;

    @Autowired
    JsonMapper json;

    @Test
    void anyoneListsTheLessonsAndTheOwnerReadsOnlyTheOpenOnes() throws Exception {
        var list = get("/api/v1/course/lessons", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body()).size()).isEqualTo(7);
        assertThat(list.body()).contains("How sitting keeps your glutes long").doesNotContain("Your task for today");

        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        assertThat(get("/api/v1/course/enrolment", bearer).statusCode()).as("not enrolled").isEqualTo(404);

        course.enrol(person.email(), LocalTime.of(7, 30), ZoneId.of("Europe/London"), person.id());
        var link = MailServer.link(MailServer.awaitMailTo(person.email(), "Please confirm: start the free mini course"));
        course.confirm(link.substring(link.indexOf("token=") + 6));

        var enrolment = json.readTree(get("/api/v1/course/enrolment", bearer).body());
        assertThat(enrolment.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(enrolment.has("accessKey")).isFalse();
        assertThat(get("/api/v1/course/lessons/1", bearer).body()).contains("\"markdown\"", "What your glutes do");
        assertThat(get("/api/v1/course/lessons/2", bearer).statusCode()).as("not open yet").isEqualTo(403);
        assertThat(get("/api/v1/course/lessons/2", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
