package org.glutecoach.practice.clients.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.HtmlChecker;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PersonalDataFixtures;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ClientPagesIntegrationTests {

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

    @Test
    void aTherapistAddsAWalkInAndBadDetailsComeBackBesideTheirFieldsWithNothingStored() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var visitor = therapist.signIn(Visitor.at(port));
        visitor.get("/practice/clients/new");
        var before = count();

        var bad = visitor.post("/practice/clients", Map.of("fullName", " ", "dateOfBirth", "2 April", "phone", "x"));

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body())
                .contains("Enter the client&#39;s full name.", "id=\"dateOfBirth-error\"", "id=\"phone-error\"")
                .contains("aria-describedby=\"fullName-error\"");
        assertThat(HtmlChecker.errors(bad.body())).isEmpty();
        assertThat(count()).isEqualTo(before);

        var email = AccountFixtures.uniqueEmail();
        var added = visitor.post(
                "/practice/clients", Map.of("fullName", "Rowan Walker", "dateOfBirth", "1975-06-01", "email", email));
        assertThat(added.statusCode()).isEqualTo(302);
        var location = URI.create(added.headers().firstValue("Location").orElseThrow());
        var record = visitor.get(location.getPath() + "?" + location.getQuery());
        assertThat(record.body()).contains("Rowan Walker", email, "no Glute Coach account linked");
        assertThat(visitor.get("/practice/clients?q=rowan").body()).contains("Rowan Walker");
        assertThat(visitor.get("/practice/clients?q=nobody-like-this").body()).doesNotContain("Rowan Walker");
        assertThat(visitor.get("/practice/clients?q=rowan", Map.of("HX-Request", "true"))
                        .body())
                .as("htmx gets the results alone")
                .contains("id=\"client-results\"", "Rowan Walker")
                .doesNotContain("<html");
        assertThat(visitor.get(
                                "/practice/clients?q=rowan",
                                Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"))
                        .body())
                .as("a search reopened from history, which htmx had no copy of, is the whole page")
                .contains("<html", "class=\"site-header\"", "id=\"client-results\"", "Rowan Walker");
    }

    @Test
    void theApiAddsChangesAndListsWithFieldErrorsAsProblemDetails() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var bearer = AccountFixtures.bearer(identity, therapist);
        var visitor = Visitor.at(port);

        var bad = visitor.send(json("POST", "/api/v1/practice/clients", bearer, "{\"fullName\":\"\"}"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"errors\"", "fullName", "dateOfBirth", "Enter the client's full name.");

        var added = visitor.send(json(
                "POST",
                "/api/v1/practice/clients",
                bearer,
                "{\"fullName\":\"Kit Mason\",\"dateOfBirth\":\"1990-01-02\",\"phone\":\"07700 900123\"}"));
        assertThat(added.statusCode()).isEqualTo(201);
        var location = added.headers().firstValue("Location").orElseThrow();
        var changed = visitor.send(json(
                "PUT",
                location,
                bearer,
                "{\"fullName\":\"Kit Mason\",\"dateOfBirth\":\"1990-01-02\",\"phone\":\"07700 900123\","
                        + "\"gpPractice\":\"Brook Surgery\",\"status\":\"DISCHARGED\"}"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Brook Surgery", "DISCHARGED");
        var listed =
                visitor.send(HttpRequest.newBuilder(visitor.uri("/api/v1/practice/clients?q=kit&status=DISCHARGED"))
                        .header("Authorization", bearer));
        assertThat(listed.body()).contains("Kit Mason");
    }

    @Test
    void anInvitedClientSaysYesTheRecordIsLinkedAndTheirConsentRecorded() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var person = AccountFixtures.aVerifiedPerson(identity);
        var walkIn = clients.addClient(
                therapist.account().id(),
                new org.glutecoach.practice.clients.ClientDetails(
                        "Jo Bloggs",
                        null,
                        java.time.LocalDate.parse("1985-03-04"),
                        person.email(),
                        null,
                        null,
                        null,
                        null));
        var staff = therapist.signIn(Visitor.at(port));
        staff.get("/practice/clients/" + walkIn.id());
        assertThat(staff.post("/practice/clients/" + walkIn.id() + "/invite", Map.of())
                        .statusCode())
                .isEqualTo(302);

        var link = MailServer.link(
                MailServer.awaitMailTo(person.email(), "Your therapist invites you to share your results"));
        var path = URI.create(link).getPath();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var page = visitor.get(path);
        assertThat(page.body()).contains("Your self-check results", "Yes, share my results");
        assertThat(visitor.post(path, Map.of()).statusCode()).isEqualTo(302);

        assertThat(privacy.hasConsent(person.id(), ConsentKind.SHARE_WITH_PRACTICE))
                .isTrue();
        var linked =
                clients.visibleClient(walkIn.id(), therapist.account().id()).orElseThrow();
        assertThat(linked.linkedAccount()).isEqualTo(person.id());
        assertThat(count("account_id = '" + person.id() + "'"))
                .as("one client for one person")
                .isEqualTo(1);
        assertThat(visitor.post(path, Map.of()).statusCode())
                .as("the link works once")
                .isEqualTo(400);
    }

    @Test
    void everyLookAtAClientsOwnDataIsAuditedAndThePersonSeesIt() {
        var owner = PracticeOwner.of(identity, jdbc).account();
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var person = AccountFixtures.aPerson(identity);
        PersonalDataFixtures.everywhere(
                app, person, Map.of(ConsentKind.HEALTH_DATA, true, ConsentKind.SHARE_WITH_PRACTICE, true));
        var client = new ClientId(jdbc.sql("SELECT id FROM practice_clients WHERE account_id = ?")
                .param(person.id().value())
                .query(UUID.class)
                .single());
        clients.assign(owner.id(), client, therapist.account().id());
        // A red-flag screen after the kept result: the latest self-check ended on a red flag.
        var selfCheck = app.getBean(org.glutecoach.selfcheck.SelfCheckService.class);
        var answers = org.glutecoach.selfcheck.SelfCheckFixtures.with(
                org.glutecoach.selfcheck.SelfCheckFixtures.clearAnswers(), "U_FEVER", "YES");
        selfCheck.recordRedFlagShown(
                selfCheck.evaluate(new org.glutecoach.selfcheck.EvaluateAnswers(answers)),
                answers,
                person.id().value());

        var staff = therapist.signIn(Visitor.at(port));
        var list = staff.get("/practice/clients");
        assertThat(list.body()).contains(person.email(), "marker-red");
        var today = list.body()
                .substring(list.body().indexOf("id=\"today\""), list.body().indexOf("client-results"));
        assertThat(today).as("the today panel's recent red flags").contains(person.email(), "Urgent, the same day");
        var record = staff.get("/practice/clients/" + client);
        assertThat(record.body()).contains("Emergency", "Latest self-check", "Daily log");
        assertThat(HtmlChecker.errors(record.body())).isEmpty();

        var views = jdbc.sql("SELECT actor_id FROM audit_events WHERE subject_id = ? AND action = 'CLIENT_DATA_VIEWED'")
                .param(person.id().value())
                .query(UUID.class)
                .list();
        assertThat(views).containsExactly(therapist.account().id().value());
        var own = Visitor.at(port);
        own.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(own.get("/account/activity").body()).contains("Your therapist looked at your results");
        assertThat(staff.get("/account/activity").body())
                .as("the therapist's own activity names it from their side")
                .contains("A therapist looked at the shared results of a client");
    }

    private int count() {
        return count("1 = 1");
    }

    private int count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_clients WHERE " + where)
                .query(Integer.class)
                .single();
    }

    private HttpRequest.Builder json(String method, String path, String bearer, String body) {
        return HttpRequest.newBuilder(Visitor.at(port).uri(path))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
}
