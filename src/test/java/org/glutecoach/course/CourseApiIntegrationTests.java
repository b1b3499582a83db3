package org.glutecoach.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
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
    Registrations registrations;

    @Autowired
    CourseService course;

    @Autowired
    JsonMapper json;

    @Autowired
    org.glutecoach.privacy.PrivacyService privacy;

    @Test
    void anyoneListsTheLessonsAndTheOwnerReadsOnlyTheOpenOnes() throws Exception {
        var list = get("/api/v1/course/lessons", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body()).size()).isEqualTo(7);
        assertThat(list.body()).contains("How sitting keeps your glutes long").doesNotContain("Your task for today");

        var person = AccountFixtures.aPerson(identity);
        var bearer = AccountFixtures.bearer(identity, person);
        assertThat(get("/api/v1/course/enrolment", bearer).statusCode())
                .as("not enrolled")
                .isEqualTo(404);

        course.enrol(person.email(), LocalTime.of(7, 30), ZoneId.of("Europe/London"), person.id());
        var link =
                MailServer.link(MailServer.awaitMailTo(person.email(), "Please confirm: start the free mini course"));
        course.confirm(link.substring(link.indexOf("token=") + 6));

        var enrolment = json.readTree(get("/api/v1/course/enrolment", bearer).body());
        assertThat(enrolment.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(enrolment.has("accessKey")).isFalse();
        assertThat(get("/api/v1/course/lessons/1", bearer).body()).contains("\"markdown\"", "What your glutes do");
        assertThat(get("/api/v1/course/lessons/2", bearer).statusCode())
                .as("not open yet")
                .isEqualTo(403);
        assertThat(get("/api/v1/course/lessons/2", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAccountThatHasNotProvedItsAddressSeesNothingOfThatAddressesCourse() throws Exception {
        var address = AccountFixtures.uniqueEmail();
        course.enrol(address, LocalTime.of(7, 30), ZoneId.of("Europe/London"), null);
        var link = MailServer.link(MailServer.awaitMailTo(address, "Please confirm: start the free mini course"));
        var enrolment =
                course.confirm(link.substring(link.indexOf("token=") + 6)).orElseThrow();

        // Someone else signs up with that address and never follows the verification link.
        var claimer =
                registrations.register(new org.glutecoach.identity.RegisterAccount(address, AccountFixtures.PASSWORD));
        var bearer = AccountFixtures.bearer(identity, claimer);
        assertThat(get("/api/v1/course/enrolment", bearer).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/course/lessons/1", bearer).statusCode()).isNotEqualTo(200);
        var visitor = Visitor.at(port);
        visitor.signIn(address, AccountFixtures.PASSWORD);
        assertThat(visitor.get("/course/my").statusCode()).isEqualTo(404);
        visitor.get("/course");
        assertThat(visitor.post("/course/my/pause", java.util.Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(course.byKey(enrolment.id(), enrolment.accessKey())
                        .orElseThrow()
                        .status())
                .isEqualTo("ACTIVE");
        assertThat(privacy.export(claimer.id()).toString())
                .doesNotContain(enrolment.id().toString())
                .contains("enrolments=[]");

        privacy.deleteAccount(claimer.id(), AccountFixtures.PASSWORD);
        assertThat(course.byKey(enrolment.id(), enrolment.accessKey()))
                .as("still the address's")
                .isPresent();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
