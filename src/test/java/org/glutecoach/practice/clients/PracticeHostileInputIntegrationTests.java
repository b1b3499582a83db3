package org.glutecoach.practice.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.notes.NotesService;
import org.glutecoach.practice.clients.notes.WriteNote;
import org.glutecoach.shared.DefaultTimeZone;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile input to the practice's client and notes pages and API, from a therapist who may use them: malformed and
 * far-off dates, values of the wrong type, huge strings, control characters, markup, broken JSON and forms without
 * their CSRF token. Every case is a field error (problem+json with {@code errors} on the API, the message beside the
 * field on pages) or a plain refusal, never a 500, and no row changes.
 */
@IntegrationTest
class PracticeHostileInputIntegrationTests {

    private static final String CLIENT = """
            {"fullName": %s, "dateOfBirth": %s, "email": "walk.in@example.com"}""";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    NotesService notes;

    @Autowired
    JdbcClient jdbc;

    StaffFixtures.Therapist therapist;
    String bearer;
    ClientView client;
    String signedNote;

    @BeforeEach
    void aTherapistWithAClientAndASignedNote() {
        therapist = StaffFixtures.aTherapist(identity, jdbc);
        bearer = AccountFixtures.bearer(identity, therapist.account());
        client = clients.addClient(
                therapist.account().id(),
                new ClientDetails(
                        "Kit Hale",
                        null,
                        LocalDate.parse("1990-01-01"),
                        AccountFixtures.uniqueEmail(),
                        null,
                        null,
                        null,
                        null));
        var today = LocalDate.now(DefaultTimeZone.ZONE).toString();
        var note = notes.write(
                client.id(),
                therapist.account().id(),
                new WriteNote(
                        today,
                        "S",
                        "O",
                        "A",
                        "P",
                        "T",
                        "VERBAL",
                        "Massage",
                        List.of(new WriteNote.Area("GLUTES", "LEFT"))));
        signedNote = notes.sign(client.id(), note.id(), therapist.account().id())
                .id()
                .toString();
    }

    @Test
    void theClientsApiNamesEveryHostileFieldAndStoresNothing() {
        var before = rows();
        var huge = "\"" + "x".repeat(1_000_000) + "\"";
        var cases = Map.ofEntries(
                Map.entry(CLIENT.formatted("\"Kit\"", "\"1980-02-30\""), "dateOfBirth"),
                Map.entry(CLIENT.formatted("\"Kit\"", "\"9999-12-31\""), "dateOfBirth"),
                Map.entry(CLIENT.formatted("\"Kit\"", "\"+999999999-12-31\""), "dateOfBirth"),
                Map.entry(CLIENT.formatted("\"Kit\"", "\"1880-01-01\""), "dateOfBirth"),
                Map.entry(CLIENT.formatted("\"Kit\"", "19800101"), "dateOfBirth"),
                Map.entry(CLIENT.formatted("\"Kit\"", "[1980, 1, 1, 5]"), "dateOfBirth"),
                Map.entry(CLIENT.formatted("{\"first\": \"Kit\"}", "\"1980-01-01\""), "fullName"),
                Map.entry(CLIENT.formatted("[\"Kit\"]", "\"1980-01-01\""), "fullName"),
                Map.entry(CLIENT.formatted(huge, "\"1980-01-01\""), "fullName"),
                Map.entry(CLIENT.formatted("\"Kit\\u0000Hale\"", "\"1980-01-01\""), "fullName"),
                Map.entry(CLIENT.formatted("\"Kit\\u001b[31m\"", "\"1980-01-01\""), "fullName"));
        var clientsApi = "/api/v1/practice/clients";
        cases.forEach((body, field) -> {
            assertFieldError(call("POST", clientsApi, body), field, body);
            assertFieldError(call("PUT", clientsApi + "/" + client.id(), body), field, body);
        });
        assertFieldError(
                call(
                        "PUT",
                        clientsApi + "/" + client.id(),
                        "{\"fullName\": \"Kit\", \"dateOfBirth\": \"1980-01-01\", \"email\": \"k@example.com\", "
                                + "\"status\": \"DELETED\"}"),
                "status",
                "status");
        for (var body : List.of("not json", "[]", "", "{\"fullName\": \"Kit\"", "null", "\"Kit\"")) {
            var response = call("POST", clientsApi, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(rows()).isEqualTo(before);
        assertThat(clients.visibleClient(client.id(), therapist.account().id())
                        .orElseThrow()
                        .fullName())
                .isEqualTo("Kit Hale");
    }

    @Test
    void theNotesApiNamesEveryHostileFieldAndStoresNothing() {
        var before = rows();
        var notesApi = "/api/v1/practice/clients/" + client.id() + "/notes";
        var cases = Map.ofEntries(
                Map.entry("{\"sessionDate\": \"2026-02-30\"}", "sessionDate"),
                Map.entry("{\"sessionDate\": \"+99999-01-01\"}", "sessionDate"),
                Map.entry("{\"sessionDate\": \"9999-12-31\"}", "sessionDate"),
                Map.entry("{\"sessionDate\": \"01/02/2026\"}", "sessionDate"),
                Map.entry("{\"sessionDate\": {\"day\": 1}}", "sessionDate"),
                Map.entry(
                        "{\"sessionDate\": \"2026-01-01\", \"subjective\": \"" + "x".repeat(200_000) + "\"}",
                        "subjective"),
                Map.entry("{\"sessionDate\": \"2026-01-01\", \"objective\": \"Tight\\u0000\"}", "objective"),
                Map.entry("{\"sessionDate\": \"2026-01-01\", \"consent\": \"NODDED\"}", "consent"),
                Map.entry("{\"sessionDate\": \"2026-01-01\", \"consent\": [\"VERBAL\"]}", "consent"),
                Map.entry("{\"sessionDate\": \"2026-01-01\", \"areas\": \"GLUTES\"}", "areas"),
                Map.entry(
                        "{\"sessionDate\": \"2026-01-01\", \"areas\": [{\"area\": \"ELBOW\", \"side\": \"UP\"}]}",
                        "areas[0].area"),
                Map.entry("{\"sessionDate\": \"2026-01-01\", \"areas\": [{\"area\": [\"GLUTES\"]}]}", "areas[0].area"));
        cases.forEach((body, field) -> {
            assertFieldError(call("POST", notesApi, body), field, body);
        });
        var amendments = notesApi + "/" + signedNote + "/amendments";
        assertFieldError(call("POST", amendments, "{\"text\": \"Left\\u0000\"}"), "text", "NUL amendment");
        assertFieldError(call("POST", amendments, "{\"text\": \"" + "x".repeat(10_001) + "\"}"), "text", "long");
        assertFieldError(call("POST", amendments, "{\"text\": {\"a\": 1}}"), "text", "object amendment");
        for (var path : List.of(
                notesApi + "/not-a-note/sign",
                notesApi + "/" + java.util.UUID.randomUUID() + "/sign",
                "/api/v1/practice/clients/not-a-client/notes")) {
            assertThat(call("POST", path, "{}").statusCode()).as(path).isEqualTo(404);
        }
        assertThat(call("POST", "/api/v1/practice/clients/%00/notes", "{}").statusCode())
                .as("refused by the firewall, before any handler")
                .isEqualTo(400);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void thePagesShowEveryHostileFieldBesideItAndAFormWithoutItsTokenChangesNothing() {
        var before = rows();
        var visitor = therapist.signIn(Visitor.at(port));

        visitor.get("/practice/clients/new");
        var addClient = visitor.post(
                "/practice/clients",
                Map.of("fullName", "Kit\u0000Hale", "dateOfBirth", "1980-02-30", "email", "kit@example.com"));
        assertThat(addClient.statusCode()).isEqualTo(422);
        assertThat(addClient.body())
                .contains("id=\"fullName-error\"", "Remove the hidden characters", "id=\"dateOfBirth-error\"");

        var notesPage = "/practice/clients/" + client.id() + "/notes";
        visitor.get(notesPage + "/new");
        var note = visitor.post(
                notesPage,
                Map.of(
                        "sessionDate", "+99999-01-01",
                        "subjective", "Sore\u001b[0m",
                        "objective", "<img src=x onerror=alert(1)>",
                        "consent", "NODDED",
                        "areas", "ELBOW:UP"));
        assertThat(note.statusCode()).isEqualTo(422);
        assertThat(note.body())
                .contains(
                        "id=\"sessionDate-error\"",
                        "id=\"subjective-error\"",
                        "Remove the hidden characters",
                        "id=\"consent-error\"",
                        "id=\"areas-error\"",
                        "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x");

        visitor.get(notesPage);
        var amend = visitor.post(notesPage + "/" + signedNote + "/amendments", Map.of("text", "Left\u0000"));
        assertThat(amend.statusCode()).isEqualTo(422);
        assertThat(amend.body()).contains("Remove the hidden characters");

        // A signed note's form posted again (an old tab, a replayed request): refused, the note unchanged.
        visitor.get(notesPage);
        var overSigned = visitor.post(
                notesPage + "/" + signedNote, Map.of("sessionDate", "2026-01-01", "subjective", "Rewritten"));
        assertThat(overSigned.statusCode()).isEqualTo(409);
        assertThat(notes.timeline(client.id(), therapist.account().id()))
                .singleElement()
                .satisfies(kept -> assertThat(kept.subjective()).isEqualTo("S"));

        var noToken = visitor.send(HttpRequest.newBuilder(visitor.uri(notesPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sessionDate=2026-01-01&subjective=Sore")));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theClientListTakesAnySearchOrPageWithoutFailing() {
        var visitor = therapist.signIn(Visitor.at(port));
        var huge = "x".repeat(10_000);
        var calls = new java.util.ArrayList<String>();
        for (var query : List.of(
                "page=-1",
                "page=0",
                "page=abc",
                "page=99999999999",
                "page=2147483647",
                "status=BOGUS",
                "status=",
                "q=" + huge,
                "q=%25%5F%27%22%3B--",
                "q=%00",
                "q=%E2%80%AE",
                "therapist=not-an-id",
                "therapist=" + java.util.UUID.randomUUID(),
                "sort=drop%20table")) {
            calls.add("API " + query.substring(0, Math.min(40, query.length())) + " -> "
                    + call("GET", "/api/v1/practice/clients?" + query, "").statusCode());
            calls.add("page " + query.substring(0, Math.min(40, query.length())) + " -> "
                    + visitor.get("/practice/clients?" + query).statusCode());
        }
        assertThat(calls).allSatisfy(line -> assertThat(line).doesNotEndWith("-> 500"));
    }

    private static void assertFieldError(HttpResponse<String> response, String field, String about) {
        var shown = about.length() > 200 ? about.substring(0, 200) + "…" : about;
        assertThat(response.statusCode()).as(shown).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(shown).hasValue("application/problem+json");
        assertThat(response.body()).as(shown).contains("\"errors\"", "\"field\":\"" + field + "\"");
    }

    private List<Long> rows() {
        return List.of(count("practice_clients"), count("practice_session_notes"), count("practice_note_amendments"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private HttpResponse<String> call(String method, String path, String body) {
        var visitor = Visitor.at(port);
        var request = HttpRequest.newBuilder(visitor.uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", bearer);
        return visitor.send(request.method(method, HttpRequest.BodyPublishers.ofString(body)));
    }
}
