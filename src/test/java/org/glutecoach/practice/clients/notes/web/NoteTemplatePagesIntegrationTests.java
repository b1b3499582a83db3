package org.glutecoach.practice.clients.notes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.ClientView;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner's note template pages over real HTTP: rewording a bundled template and resetting it, adding and
 * deleting one of their own, each used when a therapist starts a note; bad input named beside its field with
 * nothing stored; the audit log; and nobody but the owner reaching the pages (403 by the security rule).
 */
@IntegrationTest
class NoteTemplatePagesIntegrationTests {

    private static final String BUNDLED_START = "Main problem and where it is felt:";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void bundledWordingAgain() {
        // Other tests in this context start notes from the bundled wording.
        jdbc.sql("DELETE FROM practice_note_templates").update();
    }

    @Test
    void theOwnerRewordsABundledTemplateTherapistsStartFromItAndTheOwnerResetsIt() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var client = clients.addClient(therapist.account().id(), walkIn());
        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));

        var list = owner.get("/practice/note-templates");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("First visit", "Follow-up", "Discharge", "Comes with Glute Coach");
        var form = owner.get("/practice/note-templates/first-visit").body();
        assertThat(form).contains(BUNDLED_START).doesNotContain("id=\"name\"", "Delete the template");

        var saved = owner.post(
                "/practice/note-templates/first-visit",
                Map.of("subjective", "Where is it sore?\r\nSince when?", "plan", "<b>Next visit</b>:"));
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/practice/note-templates?saved"));
        assertThat(owner.get("/practice/note-templates?saved").body())
                .contains("The template is saved.", "Comes with Glute Coach, in your wording");

        var start = startNote(therapist, client, "first-visit");
        assertThat(start)
                .contains("Where is it sore?\nSince when?", "&lt;b&gt;Next visit&lt;/b&gt;:")
                .doesNotContain(BUNDLED_START, "<b>Next visit");
        assertThat(owner.get("/practice/audit?action=NOTE_TEMPLATE_CHANGED").body())
                .contains("A note template was added, changed, reset or deleted", PracticeOwner.NAME);
        assertThat(jdbc.sql("SELECT detail FROM audit_events WHERE action = 'NOTE_TEMPLATE_CHANGED'")
                        .query(String.class)
                        .list())
                .as("the audit line names the template and what was done, never its text")
                .contains("first-visit changed")
                .noneMatch(detail -> detail.contains("sore"));

        assertThat(owner.get("/practice/note-templates/first-visit").body()).contains("Use the bundled wording");
        var reset = owner.post("/practice/note-templates/first-visit/reset", Map.of());
        assertThat(reset.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("?reset"));
        assertThat(startNote(therapist, client, "first-visit")).contains(BUNDLED_START);
        assertThat(rows()).isZero();
    }

    @Test
    void theOwnerAddsATemplateOfTheirOwnWithErrorsBesideTheFieldsFirstAndLaterDeletesIt() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var client = clients.addClient(therapist.account().id(), walkIn());
        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));
        owner.get("/practice/note-templates/new");

        var wrong = owner.post(
                "/practice/note-templates",
                Map.of("name", "", "objective", "x".repeat(10_001), "plan", "Paste\u0000d"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body())
                .contains(
                        "class=\"error-summary\"",
                        "href=\"#name\"",
                        "id=\"name-error\"",
                        "Enter a name for the template.",
                        "aria-describedby=\"name-hint name-error\"",
                        "id=\"objective-error\"",
                        "Keep this under 10,000 characters.",
                        "id=\"plan-error\"",
                        "Remove the hidden characters");
        assertThat(rows()).as("nothing stored").isZero();

        var added = owner.post(
                "/practice/note-templates",
                Map.of("name", "Sports massage", "subjective", "Sport and level:", "plan", "Before the next event:"));
        assertThat(added.statusCode()).isEqualTo(302);
        var key = jdbc.sql("SELECT id FROM practice_note_templates WHERE name = 'Sports massage'")
                .query(UUID.class)
                .single()
                .toString();
        assertThat(owner.get("/practice/note-templates").body()).contains("Sports massage", "Your own");
        var timeline = therapist
                .signIn(Visitor.at(port))
                .get("/practice/clients/" + client.id() + "/notes")
                .body();
        assertThat(timeline).contains("Sports massage", "template=" + key);
        assertThat(startNote(therapist, client, key)).contains("Sport and level:", "Before the next event:");

        owner.get("/practice/note-templates/" + key);
        var renamed =
                owner.post("/practice/note-templates/" + key, Map.of("name", "x".repeat(81), "subjective", "Changed"));
        assertThat(renamed.statusCode()).isEqualTo(422);
        assertThat(renamed.body()).contains("Keep the name under 80 characters.", "Delete the template");
        assertThat(startNote(therapist, client, key)).contains("Sport and level:");

        owner.get("/practice/note-templates/" + key);
        assertThat(owner.post("/practice/note-templates/first-visit/delete", Map.of())
                        .statusCode())
                .as("a bundled template is never deleted")
                .isEqualTo(404);
        owner.get("/practice/note-templates/" + key);
        assertThat(owner.post("/practice/note-templates/" + key + "/reset", Map.of())
                        .statusCode())
                .as("only a bundled template has a wording to go back to")
                .isEqualTo(404);
        owner.get("/practice/note-templates/" + key);
        var deleted = owner.post("/practice/note-templates/" + key + "/delete", Map.of());
        assertThat(deleted.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("?deleted"));
        assertThat(rows()).isZero();
        assertThat(owner.get("/practice/note-templates/" + key).statusCode()).isEqualTo(404);
        assertThat(owner.get("/practice/note-templates/not-a-template").statusCode())
                .isEqualTo(404);
        assertThat(startNote(therapist, client, key))
                .as("a deleted template's link starts a blank note")
                .doesNotContain("Sport and level:");
    }

    @Test
    void nobodyButTheOwnerReachesThePagesAndAFormWithoutItsCsrfTokenChangesNothing() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).signIn(Visitor.at(port));
        var person = Visitor.at(port);
        person.signIn(AccountFixtures.aPerson(identity).email(), AccountFixtures.PASSWORD);
        var pages = List.of(
                "/practice/note-templates", "/practice/note-templates/new", "/practice/note-templates/first-visit");
        var forms = List.of(
                "/practice/note-templates",
                "/practice/note-templates/first-visit",
                "/practice/note-templates/first-visit/reset",
                "/practice/note-templates/" + UUID.randomUUID() + "/delete");
        for (var visitor : List.of(therapist, person)) {
            for (var page : pages) {
                assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(403);
            }
            visitor.get("/account");
            for (var form : forms) {
                assertThat(visitor.post(form, Map.of("name", "Mine", "subjective", "Mine"))
                                .statusCode())
                        .as(form)
                        .isEqualTo(403);
            }
        }
        assertThat(Visitor.at(port).get("/practice/note-templates").statusCode())
                .as("signed out: to the sign-in page")
                .isEqualTo(302);

        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));
        var noToken = owner.send(HttpRequest.newBuilder(owner.uri("/practice/note-templates/first-visit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("subjective=Changed")));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(rows()).isZero();
    }

    private String startNote(StaffFixtures.Therapist therapist, ClientView client, String template) {
        var page = therapist
                .signIn(Visitor.at(port))
                .get("/practice/clients/" + client.id() + "/notes/new?template=" + template);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static ClientDetails walkIn() {
        return new ClientDetails(
                "Jo Lane", null, LocalDate.parse("1979-05-02"), AccountFixtures.uniqueEmail(), null, null, null, null);
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM practice_note_templates")
                .query(Long.class)
                .single();
    }
}
