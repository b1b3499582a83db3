package org.glutecoach.practice.clients.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.glutecoach.identity.AccountId;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.InvalidClientDetails;
import org.junit.jupiter.api.Test;

class ClientTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    static ClientDetails walkIn() {
        return new ClientDetails(
                " Sam Jones ", "", LocalDate.parse("1980-04-02"), "Sam@Example.com", null, null, null, null);
    }

    @Test
    void aWalkInIsAssignedToTheTherapistWhoAddedThemAndCleaned() {
        var therapist = AccountId.random();
        var view = Client.walkIn(walkIn(), therapist, NOW, TODAY).view(true);

        assertThat(view.therapist()).isEqualTo(therapist);
        assertThat(view.fullName()).isEqualTo("Sam Jones");
        assertThat(view.preferredName()).isNull();
        assertThat(view.email()).isEqualTo("sam@example.com");
        assertThat(view.linkedAccount()).isNull();
        assertThat(view.sharing()).as("a walk-in shares nothing of their own").isFalse();
    }

    @Test
    void everyBrokenRuleIsNamedBesideItsField() {
        var bad = new ClientDetails(" ", null, TODAY.plusDays(1), "not an address", "call me", null, null, null);

        assertThatThrownBy(() -> Client.walkIn(bad, AccountId.random(), NOW, TODAY))
                .isInstanceOfSatisfying(
                        InvalidClientDetails.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsOnlyKeys("fullName", "dateOfBirth", "email", "phone"));
        var noContact = new ClientDetails("Sam", null, LocalDate.parse("1980-04-02"), null, null, null, null, null);
        assertThatThrownBy(() -> Client.walkIn(noContact, AccountId.random(), NOW, TODAY))
                .isInstanceOfSatisfying(
                        InvalidClientDetails.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("email", "practice.clients.error.contact.missing"));
    }

    /** NUL and friends are refused beside their field (PostgreSQL would refuse NUL with a failure instead). */
    @Test
    void hiddenControlCharactersAreRefusedBesideTheirFieldButAnAddressMayHaveLines() {
        var hostile = new ClientDetails(
                "Sam\u0000Jones",
                "Sam\u001b[31m",
                LocalDate.parse("1980-04-02"),
                "sam@example.com",
                "0161 496\t0000",
                "1 Mill Lane\r\nManchester",
                "Mill\u2028Practice",
                "Jo\u0007");

        assertThatThrownBy(() -> Client.walkIn(hostile, AccountId.random(), NOW, TODAY))
                .isInstanceOfSatisfying(
                        InvalidClientDetails.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsEntry("fullName", "practice.clients.error.control")
                                .containsEntry("preferredName", "practice.clients.error.control")
                                .containsEntry("phone", "practice.clients.error.control")
                                .containsEntry("gpPractice", "practice.clients.error.control")
                                .containsEntry("emergencyContact", "practice.clients.error.control")
                                .doesNotContainKeys("address", "email", "dateOfBirth"));
        var withLines = new ClientDetails(
                "Sam Jones",
                null,
                LocalDate.parse("1980-04-02"),
                null,
                "0161 496 0000",
                "1 Mill Lane\r\n\tManchester",
                null,
                null);
        assertThat(Client.walkIn(withLines, AccountId.random(), NOW, TODAY)
                        .view(true)
                        .address())
                .isEqualTo("1 Mill Lane\r\n\tManchester");
    }

    @Test
    void theOwnerSeesEveryClientATherapistOnlyTheirOwnAndNobodyElseAny() {
        var mine = AccountId.random();
        var other = AccountId.random();
        var client = Client.walkIn(walkIn(), mine, NOW, TODAY);

        assertThat(client.visibleTo(mine, true, false)).isTrue();
        assertThat(client.visibleTo(other, true, false)).isFalse();
        assertThat(client.visibleTo(other, true, true)).as("the owner").isTrue();
        assertThat(client.visibleTo(mine, false, false))
                .as("no longer on the staff")
                .isFalse();
        client.assignTo(other);
        assertThat(client.visibleTo(mine, true, false)).isFalse();
        assertThat(client.visibleTo(other, true, false)).isTrue();
    }

    @Test
    void anUnassignedClientIsTheOwnersAlone() {
        var client = Client.linkedByConsent(AccountId.random(), "Ash", "ash@example.com", NOW);

        assertThat(client.visibleTo(AccountId.random(), true, false)).isFalse();
        assertThat(client.visibleTo(AccountId.random(), true, true)).isTrue();
    }

    @Test
    void aRecordIsLinkedOnceAndNeverToSomeoneElse() {
        var person = AccountId.random();
        var client = Client.walkIn(walkIn(), AccountId.random(), NOW, TODAY);

        assertThat(client.linkTo(person)).isTrue();
        assertThat(client.linkTo(person)).as("the same person again").isTrue();
        assertThat(client.linkTo(AccountId.random())).isFalse();
        assertThat(client.linkedAccount()).isEqualTo(person);
    }

    @Test
    void firstAndLastSeenOnlyWidenWhateverOrderSessionsArriveIn() {
        var random = new Random(18);
        for (int run = 0; run < 200; run++) {
            var client = Client.walkIn(walkIn(), AccountId.random(), NOW, TODAY);
            LocalDate earliest = null;
            LocalDate latest = null;
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                var day = TODAY.minusDays(random.nextInt(400));
                client.seenOn(day);
                earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
                latest = latest == null || day.isAfter(latest) ? day : latest;
            }
            var view = client.view(false);
            assertThat(view.firstSeen()).isEqualTo(earliest);
            assertThat(view.lastSeen()).isEqualTo(latest);
        }
    }
}
