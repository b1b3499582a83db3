package org.glutecoach.practice.clients.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.practice.clients.ClientView;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The notes API: the whole life of a note, every bad field named, and nobody but the client's staff reaching it. */
@IntegrationTest
class NotesApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    static final String NOTE = """
            {"sessionDate": "%s", "subjective": "Ache in the right buttock.", "objective": "Tender piriformis.",
             "assessment": "Muscular.", "plan": "Stretches.", "treatment": "Massage, 30 minutes.",
             "consent": "VERBAL", "consentFor": "Massage of the buttock",
             "areas": [{"area": "GLUTES", "side": "RIGHT"}]}""";

    @Test
    void aTherapistWritesChangesSignsAndAmendsANote() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var bearer = AccountFixtures.bearer(identity, therapist);
        var client = clients.addClient(therapist.id(), NotesStorageContract.walkIn());
        var notes = "/api/v1/practice/clients/" + client.id() + "/notes";

        var created = call("POST", notes, bearer, NOTE.formatted(LocalDate.now().minusDays(1)));
        assertThat(created.statusCode()).isEqualTo(201);
        var note = notes + "/" + body(created).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue(note);
        assertThat(body(created).get("status").asString()).isEqualTo("DRAFT");

        var changed = call("PUT", note, bearer, NOTE.formatted(LocalDate.now()).replace("Stretches.", "Walks."));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(body(changed).get("plan").asString()).isEqualTo("Walks.");

        assertThat(call("POST", note + "/sign", bearer, "").statusCode()).isEqualTo(200);
        var refused = call("PUT", note, bearer, NOTE.formatted(LocalDate.now()));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(refused).get("type").asString()).isEqualTo("/problems/note-signed");
        assertThat(call("POST", note + "/sign", bearer, "").statusCode()).isEqualTo(409);

        assertThat(call("POST", note + "/amendments", bearer, "{\"text\": \"Left, not right.\"}")
                        .statusCode())
                .isEqualTo(201);
        var amended = call("POST", note + "/amendments", bearer, "{\"text\": \"Forty minutes.\"}");
        var listed = body(call("GET", notes, bearer, null)).get(0);
        assertThat(listed.get("plan").asString()).isEqualTo("Walks.");
        assertThat(listed.get("amendments")
                        .valueStream()
                        .map(a -> a.get("text").asString())
                        .toList())
                .containsExactly("Left, not right.", "Forty minutes.");
        assertThat(body(amended).get("amendments").size()).isEqualTo(2);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var bearer = AccountFixtures.bearer(identity, therapist);
        var client = clients.addClient(therapist.id(), NotesStorageContract.walkIn());
        var notes = "/api/v1/practice/clients/" + client.id() + "/notes";

        var bad = call("POST", notes, bearer, """
                {"sessionDate": "tomorrow", "consent": "NODDED",
                 "areas": [{"area": "ELBOW", "side": "LEFT"}, {"area": "HIP", "side": "UP"}]}""");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(body(bad)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .containsExactly("sessionDate", "consent", "areas[0].area", "areas[1].side");
        assertThat(body(bad).get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(body(call("GET", notes, bearer, null)).size()).isZero();

        var draft = body(call("POST", notes, bearer, "{\"sessionDate\": \"" + LocalDate.now() + "\"}"));
        var unsignable = call("POST", notes + "/" + draft.get("id").asString() + "/sign", bearer, "");
        assertThat(unsignable.statusCode()).isEqualTo(400);
        assertThat(body(unsignable)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .contains("subjective", "objective", "assessment", "plan", "treatment", "consent", "consentFor");
        var empty = call("POST", notes + "/" + draft.get("id").asString() + "/amendments", bearer, "{\"text\":\"x\"}");
        assertThat(empty.statusCode()).isEqualTo(409);
    }

    @Test
    void nobodyButTheClientsStaffReachesTheNotes() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var client = clients.addClient(therapist.id(), NotesStorageContract.walkIn());
        var notes = "/api/v1/practice/clients/" + client.id() + "/notes";
        var note = body(call(
                        "POST", notes, AccountFixtures.bearer(identity, therapist), NOTE.formatted(LocalDate.now())))
                .get("id")
                .asString();
        var other = AccountFixtures.bearer(
                identity, StaffFixtures.aTherapist(identity, jdbc).account());
        var person = AccountFixtures.bearer(identity, AccountFixtures.aPerson(identity));
        var readOnly = AccountFixtures.bearer(identity, therapist, TokenScope.READ);
        var owner = AccountFixtures.bearer(
                identity, PracticeOwner.of(identity, jdbc).account());

        for (var stranger : new String[] {other, person}) {
            assertThat(call("GET", notes, stranger, null).statusCode()).isEqualTo(404);
            assertThat(call("POST", notes, stranger, NOTE.formatted(LocalDate.now()))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(call("PUT", notes + "/" + note, stranger, NOTE.formatted(LocalDate.now()))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(call("POST", notes + "/" + note + "/sign", stranger, "").statusCode())
                    .isEqualTo(404);
        }
        assertThat(call("GET", notes, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", notes, readOnly, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", notes, readOnly, NOTE.formatted(LocalDate.now()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("POST", notes + "/" + note + "/sign", owner, "").statusCode())
                .as("the owner reads every note, but signs only their own")
                .isEqualTo(403);
        assertThat(body(call("GET", notes, owner, null)).size()).isOne();
        assertThat(call("GET", "/api/v1/practice/clients/not-an-id/notes", owner, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theOwnerAnswersASubjectAccessRequestAndTheAuditLogSaysSo() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var owner = PracticeOwner.of(identity, jdbc).account();
        ClientView client = clients.addClient(therapist.id(), NotesStorageContract.walkIn());
        var bearer = AccountFixtures.bearer(identity, therapist);
        var notes = "/api/v1/practice/clients/" + client.id() + "/notes";
        var note = body(call("POST", notes, bearer, NOTE.formatted(LocalDate.now())))
                .get("id")
                .asString();
        call("POST", notes + "/" + note + "/sign", bearer, "");
        call("POST", notes + "/" + note + "/amendments", bearer, "{\"text\": \"Both sides.\"}");
        var access = "/api/v1/practice/clients/" + client.id() + "/subject-access";

        assertThat(call("GET", access, bearer, null).statusCode()).isEqualTo(404);
        var answer = call("GET", access, AccountFixtures.bearer(identity, owner), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body(answer).get("client").get("email").asString()).isEqualTo(client.email());
        assertThat(body(answer)
                        .get("notes")
                        .get(0)
                        .get("amendments")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("Both sides.");
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE actor_id = ? AND detail LIKE ? ORDER BY occurred_at")
                        .params(owner.id().value(), "client " + client.id() + "%")
                        .query(String.class)
                        .list())
                .containsExactly("SUBJECT_ACCESS_REQUESTED", "SUBJECT_ACCESS_ANSWERED");
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String bearer, String body) {
        return ApiClient.at(port).accepting(null).send(method, path, bearer, body);
    }
}
