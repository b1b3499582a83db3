package org.glutecoach.practice.clients.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting an account removes what the person holds but not the practice's clinical record of them, and the
 * delete page says so first; someone the practice never saw or wrote about leaves no client record behind.
 */
@IntegrationTest
class ClinicalRecordKeptOnAccountDeletionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    NotesService notes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePracticeKeepsItsRecordOfAClientWhoDeletesTheirAccount() {
        var owner = PracticeOwner.of(identity, jdbc).account();
        var person = sharingPerson();
        var clientId = clientOf(person);
        var note = notes.write(
                clientId, owner.id(), NotesStorageContract.aNote(LocalDate.now().toString()));
        notes.sign(clientId, note.id(), owner.id());

        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/account/delete").body()).contains("The practice keeps its own clinical record of you");
        privacy.deleteAccount(person.id(), AccountFixtures.PASSWORD);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_clients WHERE id = ? AND account_id IS NULL")
                        .param(clientId.value())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(notes.timeline(clientId, owner.id()))
                .singleElement()
                .satisfies(kept -> assertThat(kept.signed()).isTrue());
    }

    @Test
    void aPersonThePracticeNeverSawLeavesNoClientRecord() {
        var person = sharingPerson();
        var clientId = clientOf(person);

        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        assertThat(visitor.get("/account/delete").body()).doesNotContain("clinical record");
        privacy.deleteAccount(person.id(), AccountFixtures.PASSWORD);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_clients WHERE id = ?")
                        .param(clientId.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private AccountView sharingPerson() {
        var person = AccountFixtures.aPerson(identity);
        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, true));
        return person;
    }

    private org.glutecoach.practice.clients.ClientId clientOf(AccountView person) {
        return new org.glutecoach.practice.clients.ClientId(
                jdbc.sql("SELECT id FROM practice_clients WHERE account_id = ?")
                        .param(person.id().value())
                        .query(java.util.UUID.class)
                        .single());
    }
}
