package org.glutecoach.practice.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ClientsServiceIntegrationTests {

    @Autowired
    ClientsService clients;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    JdbcClient jdbc;

    static ClientDetails walkIn(String email) {
        return new ClientDetails("Sam Jones", "Sam", LocalDate.parse("1980-04-02"), email, null, null, null, null);
    }

    @Test
    void aTherapistSeesTheirOwnClientAndNoOtherCallerSeesAnything() {
        var owner = PracticeOwner.of(identity, jdbc).account();
        var mine = StaffFixtures.aTherapist(identity, jdbc).account();
        var other = StaffFixtures.aTherapist(identity, jdbc).account();
        var person = AccountFixtures.aPerson(identity);
        var client = clients.addClient(mine.id(), walkIn(AccountFixtures.uniqueEmail()));

        assertThat(clients.visibleClient(client.id(), mine.id())).contains(client);
        assertThat(clients.visibleClient(client.id(), owner.id())).contains(client);
        assertThat(clients.visibleClient(client.id(), other.id())).isEmpty();
        assertThat(clients.visibleClient(client.id(), person.id())).isEmpty();
        assertThat(clients.visibleClient(ClientId.random(), owner.id())).isEmpty();
        assertThatThrownBy(() -> clients.addClient(person.id(), walkIn(AccountFixtures.uniqueEmail())))
                .isInstanceOf(ClientNotFound.class);
    }

    @Test
    void sharingWithThePracticeMakesThePersonOneUnassignedClientOnce() {
        var owner = PracticeOwner.of(identity, jdbc).account();
        var person = AccountFixtures.aPerson(identity);

        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, true));
        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, false));
        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, true));

        var rows = jdbc.sql("SELECT id FROM practice_clients WHERE account_id = ?")
                .param(person.id().value())
                .query(java.util.UUID.class)
                .list();
        assertThat(rows).hasSize(1);
        var client =
                clients.visibleClient(new ClientId(rows.get(0)), owner.id()).orElseThrow();
        assertThat(client.therapist()).isNull();
        assertThat(client.sharing()).isTrue();
        assertThat(client.email()).isEqualTo(person.email());
    }

    @Test
    void aPersonWhoSharesIsLinkedToTheWalkInRecordWithTheirAddress() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var person = AccountFixtures.aVerifiedPerson(identity);
        var walkIn = clients.addClient(therapist.id(), walkIn(person.email()));

        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, true));

        var linked = clients.visibleClient(walkIn.id(), therapist.id()).orElseThrow();
        assertThat(linked.linkedAccount()).isEqualTo(person.id());
        assertThat(linked.sharing()).isTrue();
        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, false));
        assertThat(clients.visibleClient(walkIn.id(), therapist.id())
                        .orElseThrow()
                        .sharing())
                .as("withdrawn: the record stays, the person's own data is no longer shared")
                .isFalse();
    }

    @Test
    void anAddressNotYetConfirmedNeverJoinsSomeoneToARecordThePracticeMade() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var someone = AccountFixtures.aPerson(identity);
        var walkIn = clients.addClient(therapist.id(), walkIn(someone.email()));

        privacy.decide(someone.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, true));

        assertThat(clients.visibleClient(walkIn.id(), therapist.id())
                        .orElseThrow()
                        .linkedAccount())
                .as("anyone can sign up with a walk-in's address; only proving it links them")
                .isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_clients WHERE account_id = ?")
                        .param(someone.id().value())
                        .query(Long.class)
                        .single())
                .as("a record of their own, unassigned")
                .isOne();
    }
}
