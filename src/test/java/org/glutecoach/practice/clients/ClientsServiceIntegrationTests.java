package org.glutecoach.practice.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.practice.clients.domain.Clients;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ContextBeans;
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

    @Autowired
    Clients clientRecords;

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

    @Test
    void theListFindsAClientByTheBeginningOfAnyWordOfTheirNamesOrAddressAsTyped() {
        var therapist = StaffFixtures.aTherapist(identity, jdbc).account();
        var tag = "q" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var email = "rf." + tag + "@example.com";
        var client = clients.addClient(
                therapist.id(),
                new ClientDetails(
                        "Rowéna Fairweather-" + tag,
                        "Ro",
                        LocalDate.parse("1975-06-01"),
                        email,
                        null,
                        null,
                        null,
                        null));

        for (var typed : List.of(
                tag,
                tag.substring(0, 4),
                "fairw " + tag,
                "ROWENA " + tag,
                "rowé " + tag,
                email,
                "rf." + tag.substring(0, 6))) {
            assertThat(found(therapist.id(), typed)).as(typed).contains(client.id());
        }
        for (var typed : List.of(tag.substring(2), "weather " + tag, tag + " nobody")) {
            assertThat(found(therapist.id(), typed)).as(typed).doesNotContain(client.id());
        }

        clients.changeClient(
                therapist.id(),
                client.id(),
                new ClientDetails(
                        "Rowan Hale",
                        null,
                        LocalDate.parse("1975-06-01"),
                        "rh." + tag + "@example.com",
                        null,
                        null,
                        null,
                        null),
                ClientStatus.ACTIVE);
        assertThat(found(therapist.id(), "fairw " + tag))
                .as("the old name goes")
                .isEmpty();
        assertThat(found(therapist.id(), "hale " + tag)).containsExactly(client.id());

        clientRecords.deleteById(client.id().value());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_client_search_terms WHERE client_id = ?")
                        .param(client.id().value())
                        .query(Long.class)
                        .single())
                .as("no name outlives its record")
                .isZero();
    }

    @Test
    void eachRowOfThePageShowsItsOwnMarkersFromWhatThePersonShares() {
        var owner = PracticeOwner.of(identity, jdbc).account();
        var tag = "m" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var flagged = sharing(tag);
        var sore = sharing(tag);
        var both = sharing(tag);
        var neither = sharing(tag);
        for (var person : List.of(flagged, both)) {
            jdbc.sql("""
                    INSERT INTO selfcheck_red_flag_events (id, account_id, shown_at, question_set_version, tier,
                        triggered_ids, answers, action_shown, user_tapped_call, version, created_at, updated_at)
                    VALUES (?, ?, CURRENT_TIMESTAMP, 'test', 'URGENT', 'X', '{}', 'call111', FALSE, 0,
                        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").params(java.util.UUID.randomUUID(), person.value()).update();
        }
        for (var person : List.of(sore, both, neither)) {
            for (int back = 20; back >= 0; back--) {
                var rising = person.equals(neither) ? 3 : back < 7 ? 6 : 3;
                jdbc.sql("""
                        INSERT INTO tracker_entries (id, account_id, entry_date, soreness_left, spasms, sitting,
                            release_done, activation_done, version, created_at, updated_at)
                        VALUES (?, ?, ?, ?, FALSE, '', FALSE, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                        .params(
                                java.util.UUID.randomUUID(),
                                person.value(),
                                LocalDate.now().minusDays(back),
                                rising)
                        .update();
            }
        }

        var rows = clients.clients(owner.id(), new ClientQuery(tag, null, null, 1, 20)).rows().stream()
                .collect(java.util.stream.Collectors.toMap(
                        row -> java.util.Objects.requireNonNull(row.client().linkedAccount()),
                        row -> List.of(row.redFlag(), row.sorenessRose())));

        assertThat(rows)
                .containsOnly(
                        Map.entry(flagged, List.of(true, false)),
                        Map.entry(sore, List.of(false, true)),
                        Map.entry(both, List.of(true, true)),
                        Map.entry(neither, List.of(false, false)));
    }

    private org.glutecoach.identity.AccountId sharing(String tag) {
        var person = ContextBeans.of(identity, Registrations.class)
                .register(new RegisterAccount(
                        tag + "." + java.util.UUID.randomUUID() + "@example.com", AccountFixtures.PASSWORD));
        privacy.decide(person.id(), Map.of(ConsentKind.SHARE_WITH_PRACTICE, true));
        return person.id();
    }

    private List<ClientId> found(org.glutecoach.identity.AccountId viewer, String typed) {
        return clients.clients(viewer, new ClientQuery(typed, null, null, 1, 100)).rows().stream()
                .map(row -> row.client().id())
                .toList();
    }
}
