package org.glutecoach.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.account.Passwords;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.practice.ChangePracticeDetails;
import org.glutecoach.practice.PracticeService;
import org.glutecoach.practice.staff.InvitationView;
import org.glutecoach.practice.staff.StaffService;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner's practice pages over real HTTP: the contact details kept in the database, open invitations with
 * resend and withdraw, and the audit log by name, filtered and paged. Only the owner reaches them.
 */
@IntegrationTest
class PracticePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Passwords passwords;

    @Autowired
    Registrations registrations;

    @Autowired
    StaffService staff;

    @Autowired
    PracticeService practice;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theSettingsFillTheStoredDetailsOnceAndTheOwnerEditsThemWithMessagesBesideTheFields() {
        // application-test.properties sets GLUTECOACH_PRACTICE_NAME and friends: the first start stored them.
        assertThat(jdbc.sql("SELECT name FROM practice_details WHERE id = 1")
                        .query(String.class)
                        .single())
                .isEqualTo("Back in Balance Clinic");
        var before = practice.contact();
        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));
        try {
            assertThat(owner.get("/practice/details").body()).contains("value=\"Back in Balance Clinic\"");
            var wrong = owner.post(
                    "/practice/details",
                    Map.of(
                            "name",
                            "x".repeat(121),
                            "phone",
                            "call us",
                            "email",
                            "not an address",
                            "address",
                            "a".repeat(301)));
            assertThat(wrong.statusCode()).isEqualTo(422);
            assertThat(wrong.body())
                    .contains(
                            "id=\"name-error\"",
                            "Use 120 characters or fewer.",
                            "id=\"phone-error\"",
                            "Enter a phone number",
                            "id=\"email-error\"",
                            "id=\"address-error\"",
                            "Use 300 characters or fewer.",
                            "aria-describedby=\"address-hint address-error\"",
                            "class=\"error-summary\"",
                            "href=\"#phone\"");
            assertThat(practice.contact().name()).as("nothing stored").isEqualTo("Back in Balance Clinic");

            var saved = owner.post(
                    "/practice/details",
                    Map.of(
                            "name",
                            "Sit Less Studio",
                            "phone",
                            "0161 496 0000",
                            "email",
                            "desk@example.org",
                            "address",
                            "1 Mill Lane\nManchester"));
            assertThat(saved.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/practice/details?saved"));
            var contact = Visitor.at(port).get("/practice/contact").body();
            assertThat(contact)
                    .contains("Sit Less Studio", "href=\"tel:01614960000\"", "desk@example.org", "1 Mill Lane");

            // Hostile input is kept as text and shown as text; a 10 MB value is refused, not stored.
            owner.get("/practice/details");
            var markup = "<script>alert('x')</script>' OR '1'='1";
            owner.post("/practice/details", Map.of("name", "Sit Less Studio", "address", markup));
            assertThat(Visitor.at(port).get("/practice/contact").body())
                    .doesNotContain("<script>alert")
                    .contains("&lt;script&gt;alert(");
            owner.get("/practice/details");
            assertThat(owner.post("/practice/details", Map.of("name", "x".repeat(10 * 1024 * 1024)))
                            .statusCode())
                    .isLessThan(500);
            assertThat(practice.contact().name()).isEqualTo("Sit Less Studio");
            assertThat(owner.get("/practice/audit?action=PRACTICE_DETAILS_CHANGED")
                            .body())
                    .contains("Practice contact details changed", PracticeOwner.NAME);
        } finally {
            practice.changeContact(
                    PracticeOwner.of(identity, jdbc).account().id(),
                    new ChangePracticeDetails(before.name(), before.phone(), before.email(), before.address()));
        }
    }

    @Test
    void theWaitingMailPageShowsWhoAndWhatAboutButNeverWhatAMailSays() {
        // A waiting mail may carry a live link (here a password reset): the owner sees the row, never the body.
        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));
        var person = AccountFixtures.aPerson(identity);
        MailServer.outage(() -> {
            passwords.requestPasswordReset(person.email());
            var page = owner.get("/practice/mail");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains(person.email(), "Choose a new password")
                    .doesNotContain(
                            "/reset-password", "token=", "You asked to choose a new password", "This link works once");
        });
    }

    @Test
    void openInvitationsAreListedAndCanBeSentAgainOrWithdrawn() {
        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));
        var first = AccountFixtures.uniqueEmail();
        var second = AccountFixtures.uniqueEmail();
        owner.get("/practice/therapists");
        owner.post("/practice/therapists", Map.of("email", first));
        owner.post("/practice/therapists", Map.of("email", second));
        var firstLink = invitationPath(first, 1);
        var page = owner.get("/practice/therapists").body();
        assertThat(page).contains("Invitations not yet accepted", first, second);

        var resent = owner.post("/practice/invitations/" + invitationId(first) + "/resend", Map.of());
        assertThat(resent.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/practice/therapists?resent"));
        var freshLink = invitationPath(first, 2);
        assertThat(freshLink).isNotEqualTo(firstLink);
        assertThat(Visitor.at(port).get(firstLink).statusCode())
                .as("the old link ends")
                .isEqualTo(400);
        assertThat(Visitor.at(port).get(freshLink).statusCode()).isEqualTo(200);

        var secondLink = invitationPath(second, 1);
        owner.get("/practice/therapists");
        var withdrawn = owner.post("/practice/invitations/" + invitationId(second) + "/withdraw", Map.of());
        assertThat(withdrawn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/practice/therapists?withdrawn"));
        assertThat(Visitor.at(port).get(secondLink).statusCode())
                .as("a withdrawn link ends")
                .isEqualTo(400);
        assertThat(owner.get("/practice/therapists").body()).contains(first).doesNotContain(second);
        assertThat(owner.post("/practice/invitations/" + UUID.randomUUID() + "/withdraw", Map.of())
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/practice/therapists?gone"));
        assertThat(owner.get("/practice/audit?action=THERAPIST_INVITATION_WITHDRAWN")
                        .body())
                .contains("Therapist invitation withdrawn");

        var person = AccountFixtures.aPerson(identity);
        var someone = Visitor.at(port);
        someone.signIn(person.email(), AccountFixtures.PASSWORD);
        someone.get("/dashboard");
        assertThat(someone.post("/practice/invitations/" + invitationId(first) + "/withdraw", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(someone.get("/practice/details").statusCode()).isEqualTo(403);
        assertThat(someone.get("/practice").statusCode()).isEqualTo(403);
    }

    /** The owner's pages are guarded by one security rule; a therapist gets what the handlers' checks gave. */
    @Test
    void aTherapistWhoIsNotTheOwnerIsRefusedEveryOwnerPageButReachesThePracticeHome() {
        var ownerId = PracticeOwner.of(identity, jdbc).account().id();
        var email = AccountFixtures.uniqueEmail();
        staff.inviteTherapist(ownerId, email);
        var link =
                MailServer.link(MailServer.awaitMailTo(email, "You are invited to join the practice on Glute Coach"));
        var therapist = staff.acceptInvitation(
                link.substring(link.indexOf("/invite/") + "/invite/".length()), AccountFixtures.PASSWORD, "Sam");
        var visitor = signedInWithTwoStep(therapist);
        var invitation = invitationId(invited(ownerId));

        var home = visitor.get("/practice");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).as("the way to their clients").contains("href=\"/practice/clients\"");
        for (var page : List.of(
                "/practice/details",
                "/practice/mail",
                "/practice/audit",
                "/practice/red-flags",
                "/practice/therapists")) {
            assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(403);
        }
        var invitationForms = "/practice/invitations/" + invitation;
        for (var form : List.of(
                "/practice/details",
                "/practice/therapists",
                invitationForms + "/resend",
                invitationForms + "/withdraw")) {
            assertThat(visitor.post(form, Map.of("email", AccountFixtures.uniqueEmail()))
                            .statusCode())
                    .as(form)
                    .isEqualTo(403);
        }
        assertThat(staff.openInvitations())
                .extracting(InvitationView::id)
                .as("nothing withdrawn")
                .contains(invitation);
    }

    @Test
    void theAuditLogNamesPeopleAndIsPagedAndFiltered() {
        var named =
                registrations.register(new RegisterAccount(AccountFixtures.uniqueEmail(), AccountFixtures.PASSWORD));
        for (int i = 0; i < 55; i++) {
            events.publishEvent(AuditEvent.bySelf(named.id().value(), AuditAction.SIGNED_IN));
        }
        events.publishEvent(AuditEvent.bySelf(named.id().value(), AuditAction.DATA_EXPORTED));
        var leaving = AccountFixtures.aPerson(identity);
        identity.deleteAccount(leaving.id(), AccountFixtures.PASSWORD);
        var owner = PracticeOwner.of(identity, jdbc).signIn(Visitor.at(port));

        var first = owner.get("/practice/audit?person=" + named.email());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("Audit log of the practice, page 1", named.email(), "rel=\"next\"")
                .doesNotContain("rel=\"prev\"")
                .doesNotContain(">" + named.id().value() + "<");
        assertThat(rows(first)).isEqualTo(50);
        var second = owner.get("/practice/audit?person=" + named.id().value() + "&page=2");
        assertThat(rows(second)).isEqualTo(6);
        assertThat(second.body()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        var onlyExports = owner.get("/practice/audit?person=" + named.email() + "&action=DATA_EXPORTED");
        assertThat(rows(onlyExports)).isEqualTo(1);
        assertThat(onlyExports.body()).contains("Data downloaded");
        var deletions = owner.get("/practice/audit?person=" + leaving.id().value());
        assertThat(rows(deletions)).isEqualTo(1);
        assertThat(deletions.body())
                .contains("Account deleted", "A deleted account", "Glute Coach itself")
                .doesNotContain(leaving.email());

        var unknown = owner.get("/practice/audit?person=nobody-" + UUID.randomUUID() + "@example.com");
        assertThat(unknown.body())
                .contains("id=\"person-error\"", "No account has that email address.", "aria-invalid=\"true\"");
    }

    private static int rows(HttpResponse<String> page) {
        var body = page.body();
        var tbody = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return tbody.split("<tr>", -1).length - 1;
    }

    /** A new open invitation, sent by the owner. */
    private String invited(AccountId ownerId) {
        var email = AccountFixtures.uniqueEmail();
        staff.inviteTherapist(ownerId, email);
        return email;
    }

    private Visitor signedInWithTwoStep(AccountView account) {
        return StaffFixtures.signedInWithRecoveryCode(identity, port, account);
    }

    private UUID invitationId(String email) {
        return jdbc.sql("""
                SELECT id FROM practice_staff_links WHERE purpose = 'INVITE_THERAPIST' AND email = ?
                AND used_at IS NULL""").param(email).query(UUID.class).single();
    }

    private static String invitationPath(String email, int count) {
        var mails = MailServer.awaitMailsTo(email, count);
        var link = MailServer.link(mails.get(count - 1));
        return link.substring(link.indexOf("/invite/"));
    }
}
