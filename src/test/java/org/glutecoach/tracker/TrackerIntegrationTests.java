package org.glutecoach.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.routines.RoutineSessionEnded;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker with its real database: one row per person and day, consent before anything is kept, the routines'
 * sessions marked on their day, and the log in the export and gone with the account or the consent.
 */
@IntegrationTest
class TrackerIntegrationTests {

    @Autowired
    TrackerService tracker;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void savingTheSameDayAgainReplacesItAndTheDatabaseKeepsOneRowPerDay() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();

        var first = tracker.log(person.id(), today, input("8", "3", null), false);
        var second = tracker.log(person.id(), today, input("6.5", null, "2"), false);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(tracker.entry(person.id(), today)).hasValueSatisfying(entry -> {
            assertThat(entry.hoursSitting()).isEqualTo(6.5);
            assertThat(entry.sorenessLeft())
                    .as("replaced in full: now not said")
                    .isNull();
            assertThat(entry.sorenessRight()).isEqualTo(2);
        });
        assertThat(rows(person)).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO tracker_entries (id, account_id, entry_date, spasms, sitting, release_done,
                    activation_done, version, created_at, updated_at)
                VALUES (?, ?, ?, FALSE, '', FALSE, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                        .params(UUID.randomUUID(), person.id().value(), today)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void nothingIsKeptWithoutConsentAndBadAnswersDoNotGiveIt() {
        var person = AccountFixtures.aPerson(identity);
        var today = tracker.personalDay(person.id()).today();

        assertThatThrownBy(() -> tracker.log(person.id(), today, input("8", "3", null), false))
                .isInstanceOf(HealthDataConsentNeeded.class);
        assertThatThrownBy(() -> tracker.log(person.id(), today, input("8", "11", null), true))
                .isInstanceOf(InvalidEntry.class);
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isFalse();
        assertThatThrownBy(() -> tracker.log(person.id(), today.plusDays(1), input("8", "3", null), true))
                .isInstanceOfSatisfying(
                        InvalidEntry.class,
                        invalid -> assertThat(invalid.messageKeysByField()).containsOnlyKeys("date"));
        assertThat(rows(person)).isZero();

        tracker.log(person.id(), today, input("8", "3", null), true);
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isTrue();
        assertThat(rows(person)).isEqualTo(1);
    }

    @Test
    void aRoutineSessionMarksItsDayAndKeepsTheRatingsWithoutUndoingAnswers() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        var yesterday = today.minusDays(1);
        tracker.log(person.id(), today, input("8", "4", "1"), false);

        transactions.executeWithoutResult(
                status -> events.publishEvent(new RoutineSessionEnded(person.id(), today, true, false, null, null)));
        events.publishEvent(new RoutineSessionEnded(person.id(), yesterday, false, true, 6, 3));
        events.publishEvent(new RoutineSessionEnded(person.id(), yesterday, false, true, 6, 3));

        assertThat(tracker.entry(person.id(), today)).hasValueSatisfying(entry -> {
            assertThat(entry.releaseDone()).isTrue();
            assertThat(entry.activationDone()).isFalse();
            assertThat(entry.sorenessLeft()).isEqualTo(4);
        });
        assertThat(tracker.entry(person.id(), yesterday)).hasValueSatisfying(entry -> {
            assertThat(entry.activationDone()).isTrue();
            assertThat(entry.activationLeft()).isEqualTo(6);
            assertThat(entry.activationRight()).isEqualTo(3);
            assertThat(entry.hoursSitting())
                    .as("started by the routine: nothing said yet")
                    .isNull();
        });
        assertThat(rows(person)).isEqualTo(2);

        var without = AccountFixtures.aPerson(identity);
        events.publishEvent(new RoutineSessionEnded(without.id(), today, true, true, 5, 5));
        assertThat(rows(without)).as("no consent, nothing kept").isZero();
    }

    @Test
    void theLogIsInTheExportAndGoesWithTheConsentOrTheAccount() {
        var person = withConsent();
        var today = tracker.personalDay(person.id()).today();
        tracker.log(person.id(), today, input("7.5", "2", "0"), false);

        var export = json.writeValueAsString(privacy.export(person.id()));
        assertThat(json.readTree(export)
                        .at("/sections/tracker/entries/0/hoursSitting")
                        .asDouble())
                .isEqualTo(7.5);
        assertThat(json.readTree(export)
                        .at("/sections/tracker/entries/0/sorenessRight")
                        .asInt())
                .isZero();

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, false));
        assertThat(rows(person)).isZero();

        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        tracker.log(person.id(), today, input("7.5", "2", "0"), false);
        privacy.deleteAccount(person.id(), AccountFixtures.PASSWORD);
        assertThat(rows(person)).isZero();
    }

    private AccountView withConsent() {
        return AccountFixtures.withHealthConsent(privacy, AccountFixtures.aPerson(identity));
    }

    private int rows(AccountView person) {
        return jdbc.sql("SELECT COUNT(*) FROM tracker_entries WHERE account_id = ?")
                .param(person.id().value())
                .query(Integer.class)
                .single();
    }

    static EntryInput input(String hours, String left, String right) {
        return new EntryInput(hours, null, null, left, right, null, false, List.of(), false, false, null);
    }
}
