package org.glutecoach.practice.clients.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.Endpoint;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PersonalDataFixtures;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API endpoint of the practice's clients (read from the handler mappings, so a new one is covered
 * at once), called by those who must get nothing: a person who is not on the staff, another therapist, anyone
 * signed out, and a read-only token writing. None of them sees the client or changes a row; a therapist whose
 * client withdrew the consent sees only what the practice holds.
 */
@IntegrationTest
class ClientAccessIntegrationTests {

    private static final Pattern CLIENT_ENDPOINTS =
            Pattern.compile("^(/practice/clients.*|/api/v1/practice/clients.*|/practice/note-templates.*)");

    /** The owner's note templates, which every client's notes start from: refused to anyone else by address. */
    private static final String TEMPLATES = "/practice/note-templates";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    PrivacyService privacy;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    StaffFixtures.Therapist mine;
    AccountView person;
    ClientId client;

    @BeforeEach
    void aSharingPersonAssignedToATherapist() {
        var owner = PracticeOwner.of(identity, jdbc).account();
        mine = StaffFixtures.aTherapist(identity, jdbc);
        person = AccountFixtures.aPerson(identity);
        PersonalDataFixtures.everywhere(
                app, person, Map.of(ConsentKind.HEALTH_DATA, true, ConsentKind.SHARE_WITH_PRACTICE, true));
        client = new ClientId(jdbc.sql("SELECT id FROM practice_clients WHERE account_id = ?")
                .param(person.id().value())
                .query(UUID.class)
                .single());
        clients.assign(owner.id(), client, mine.account().id());
    }

    @Test
    void aPersonNotOnTheStaffGetsNotFoundEverywhere() {
        var outsider = AccountFixtures.aPerson(identity);
        var calls = callEverything(
                () -> signedIn(outsider), () -> AccountFixtures.bearer(identity, outsider), client.toString(), false);

        assertThat(calls).isNotEmpty().allSatisfy(ClientAccessIntegrationTests::notFoundOrRefusedForAnyClient);
    }

    /**
     * "Not found" everywhere, except where the security rules refuse by the address alone, the same for every
     * client id, so no answer hints that a client exists: the staff's notes pages (to anyone not on the staff),
     * the owner's subject access downloads and note templates (to anyone but the owner).
     */
    private static void notFoundOrRefusedForAnyClient(String call) {
        if (call.contains(" " + TEMPLATES)) {
            assertThat(call).endsWith("-> 403");
        } else if (call.contains("/subject-access.")
                || (call.startsWith("GET /practice/clients/{id}/notes")
                        || call.startsWith("POST /practice/clients/{id}/notes"))) {
            assertThat(call).matches(".*-> (403|404)");
        } else {
            assertThat(call).endsWith("-> 404");
        }
    }

    @Test
    void anotherTherapistGetsNotFoundForSomeoneElsesClient() {
        var other = StaffFixtures.aTherapist(identity, jdbc);
        var calls = callEverything(
                () -> other.signIn(Visitor.at(port)),
                () -> AccountFixtures.bearer(identity, other.account()),
                client.toString(),
                true);

        assertThat(calls).isNotEmpty().allSatisfy(ClientAccessIntegrationTests::notFoundOrRefusedForAnyClient);
    }

    @Test
    void anyoneSignedOutIsSentToSignInOrRefused() {
        var calls = callEverything(() -> Visitor.at(port), () -> "Bearer not-a-token", client.toString(), false);

        assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call).matches(".*-> (302|401|403)$"));
    }

    @Test
    void aReadOnlyTokenChangesNothing() {
        var readOnly = AccountFixtures.bearer(identity, mine.account(), TokenScope.READ);
        var before = rows();
        for (var endpoint : endpoints()) {
            if (endpoint.isApi() && endpoint.changes()) {
                var response = api(endpoint.method(), fill(endpoint.pattern(), client.toString()), readOnly);
                assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(403);
            }
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void afterWithdrawalTheTherapistSeesOnlyWhatThePracticeHolds() {
        var visitor = mine.signIn(Visitor.at(port));
        assertThat(visitor.get("/practice/clients/" + client).body()).contains("red-flags-heading");

        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, false));

        var page = visitor.get("/practice/clients/" + client);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("not-sharing").doesNotContain("red-flags-heading", "tracker-heading");
        var record = api(
                RequestMethod.GET,
                "/api/v1/practice/clients/" + client + "/record",
                AccountFixtures.bearer(identity, mine.account()));
        assertThat(record.body()).contains("\"shared\":null").doesNotContain("redFlags");
    }

    /**
     * Calls every client endpoint (only those about one client, and the owner's templates, if {@code aboutOneOnly}:
     * a therapist may list and add their own), filling {id}; each call as "METHOD pattern -> status". Asserts
     * nothing leaks or changes.
     */
    private List<String> callEverything(
            Supplier<Visitor> visitor, Supplier<String> bearer, String id, boolean aboutOneOnly) {
        var before = rows();
        var called = new ArrayList<String>();
        for (var endpoint : endpoints()) {
            if (aboutOneOnly
                    && !endpoint.pattern().contains("{id}")
                    && !endpoint.pattern().startsWith(TEMPLATES)) {
                continue;
            }
            var path = fill(endpoint.pattern(), id);
            var response =
                    endpoint.isApi() ? api(endpoint.method(), path, bearer.get()) : page(visitor.get(), endpoint, path);
            called.add(endpoint.method() + " " + endpoint.pattern() + " -> " + response.statusCode());
            assertThat(response.body().replace(path, ""))
                    .as(endpoint.toString())
                    .doesNotContain(person.email(), client.toString());
        }
        assertThat(rows()).as("the clients' rows after everything was called").isEqualTo(before);
        return called;
    }

    private List<Endpoint> endpoints() {
        return Endpoint.all(mappings, Pattern.compile("^$")).stream()
                .filter(endpoint -> CLIENT_ENDPOINTS.matcher(endpoint.pattern()).matches())
                .toList();
    }

    private List<Map<String, Object>> rows() {
        var rows = new ArrayList<>(
                jdbc.sql("SELECT * FROM practice_clients ORDER BY id").query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM practice_note_templates ORDER BY id")
                .query()
                .listOfRows());
        return rows;
    }

    private Visitor signedIn(AccountView account) {
        return AccountFixtures.signedIn(port, account);
    }

    private static String fill(String pattern, String id) {
        // A note's id is asked for only under its client's: refused there, whatever note it names.
        // A template's key: a bundled one, which the owner alone may reword or reset.
        return pattern.replace("{id}", id)
                .replace("{noteId}", java.util.UUID.randomUUID().toString())
                .replace("{key}", "first-visit");
    }

    private static HttpResponse<String> page(Visitor visitor, Endpoint endpoint, String path) {
        visitor.get("/account");
        return switch (endpoint.method()) {
            case GET -> visitor.get(path);
            case POST ->
                visitor.post(
                        path,
                        Map.of(
                                "fullName",
                                "Someone Else",
                                "dateOfBirth",
                                "1980-01-01",
                                "email",
                                "x@example.com",
                                "therapist",
                                "",
                                "name",
                                "Someone else's template",
                                "subjective",
                                "Someone else's wording"));
            default ->
                visitor.send(HttpRequest.newBuilder(visitor.uri(path))
                        .method(endpoint.method().name(), HttpRequest.BodyPublishers.noBody()));
        };
    }

    private HttpResponse<String> api(RequestMethod method, String path, String bearer) {
        var body = method == RequestMethod.GET ? null : bodyFor(path);
        return ApiClient.at(port).accepting(null).send(method.name(), path, bearer, body);
    }

    /** A body of the shape each endpoint takes, so that only the access rule can refuse it. */
    private static String bodyFor(String path) {
        if (path.endsWith("/amendments")) {
            return "{\"text\":\"A correction\"}";
        }
        if (path.contains("/notes")) {
            return "{\"sessionDate\":\"2026-11-30\",\"subjective\":\"Sore on the left\"}";
        }
        return "{\"fullName\":\"Someone Else\",\"dateOfBirth\":\"1980-01-01\",\"email\":\"x@example.com\"}";
    }
}
