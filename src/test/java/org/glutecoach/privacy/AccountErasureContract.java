package org.glutecoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.WrongPassword;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.DatabaseScan;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PersonalDataFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deleting an account erases the person from every table of every module: the test gives a person data in each
 * module, deletes the account, then reads every column of every row of every table (found from the database's
 * own catalogue, so a new module's table is covered without changing this test) looking for their id or address.
 * Runs on H2 and on PostgreSQL.
 */
abstract class AccountErasureContract {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Registrations registrations;

    @Autowired
    PrivacyService privacy;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deletingAnAccountLeavesNoRowThatNamesThePerson() {
        var person = personWithDataEverywhere();
        var bystander = personWithDataEverywhere();

        privacy.deleteAccount(person.id(), AccountFixtures.PASSWORD);

        assertThat(rowsNaming(person))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .startsWith("audit_events:")
                        .contains(AuditAction.ACCOUNT_DELETED.name())
                        .doesNotContain(person.email()));
        assertThat(identity.findAccount(person.id())).isEmpty();
        assertThat(rowsNaming(bystander)).hasSizeGreaterThan(5);
    }

    @Test
    void deletingAnAccountErasesTheMailsToItsOldAndPendingAddresses() {
        MailServer.ensureStarted();
        var first = AccountFixtures.aPerson(identity);
        var link = MailServer.link(MailServer.awaitMailTo(first.email(), "Please confirm your email address"));
        registrations.verifyEmail(link.substring(link.indexOf("token=") + 6));
        var current = AccountFixtures.uniqueEmail();
        registrations.requestEmailChange(first.id(), AccountFixtures.PASSWORD, current);
        var change = MailServer.link(MailServer.awaitMailTo(current));
        registrations.verifyEmail(change.substring(change.indexOf("token=") + 6));
        MailServer.awaitMailTo(first.email(), "Your email address was changed");
        var pending = AccountFixtures.uniqueEmail();
        registrations.requestEmailChange(first.id(), AccountFixtures.PASSWORD, pending);
        MailServer.awaitMailTo(pending);
        var person = identity.findAccount(first.id()).orElseThrow();
        PersonalDataFixtures.everywhere(app, person, Map.of(ConsentKind.HEALTH_DATA, true));
        var addresses = List.of(first.email(), current, pending);
        assertThat(DatabaseScan.rowsNaming(jdbc, person.id().value(), addresses))
                .anyMatch(row -> row.startsWith("mail_outbox:") && row.contains(first.email()))
                .anyMatch(row -> row.startsWith("mail_outbox:") && row.contains(pending));

        privacy.deleteAccount(person.id(), AccountFixtures.PASSWORD);

        assertThat(DatabaseScan.rowsNaming(jdbc, person.id().value(), addresses))
                .singleElement()
                .satisfies(row -> assertThat(row).startsWith("audit_events:"));
    }

    @Test
    void theWrongPasswordDeletesNothing() {
        var person = personWithDataEverywhere();
        var before = rowsNaming(person);

        assertThatThrownBy(() -> privacy.deleteAccount(person.id(), "not the password at all"))
                .isInstanceOf(WrongPassword.class);

        assertThat(rowsNaming(person)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void deletingEndsEverySessionOfThePerson() {
        var person = personWithDataEverywhere();
        var elsewhere = Visitor.at(port);
        elsewhere.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

        var here = Visitor.at(port);
        here.signIn(person.email(), AccountFixtures.PASSWORD);
        here.get("/account/delete");
        var deleted = here.post("/account/delete", Map.of("password", AccountFixtures.PASSWORD));

        assertThat(deleted.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/?account-deleted"));
        assertThat(deleted.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"storage\"");
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
        assertThat(here.get("/account").statusCode()).isEqualTo(302);
        assertThat(rowsNaming(person)).hasSize(1);
    }

    /** A verified person with consents, a red-flag screen on record, mails, sessions and audit lines. */
    private AccountView personWithDataEverywhere() {
        MailServer.ensureStarted();
        var person = AccountFixtures.aPerson(identity);
        var link = MailServer.link(MailServer.awaitMailTo(person.email(), "Please confirm your email address"));
        registrations.verifyEmail(link.substring(link.indexOf("token=") + 6));
        PersonalDataFixtures.everywhere(
                app,
                person,
                Map.of(
                        ConsentKind.HEALTH_DATA,
                        true,
                        ConsentKind.SHARE_WITH_PRACTICE,
                        true,
                        ConsentKind.COURSE_EMAILS,
                        false));
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        visitor.get("/account/export.json");
        MailServer.awaitOutboxSent(jdbc, person.email());
        return person;
    }

    private List<String> rowsNaming(AccountView person) {
        return DatabaseScan.rowsNaming(jdbc, person.id().value(), person.email());
    }
}
