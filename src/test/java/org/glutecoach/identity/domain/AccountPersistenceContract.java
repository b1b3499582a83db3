package org.glutecoach.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.glutecoach.identity.EmailAddress;
import org.glutecoach.identity.Role;
import org.glutecoach.support.AccountFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What identity needs from whatever database runs underneath. Run against H2 and against a real PostgreSQL
 * server by the two subclasses, so one set of migrations is proven on both.
 */
abstract class AccountPersistenceContract {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anAccountRoundTripsWithItsTimestamps() {
        var saved = accounts.save(Account.person(EmailAddress.of(AccountFixtures.uniqueEmail()), "{noop}x", clock));
        var found = accounts.findById(saved.id()).orElseThrow().view();
        assertThat(found).isEqualTo(saved.view());
        assertThat(found.role()).isEqualTo(Role.PERSON);
        assertThat(found.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(found.createdAt()).isBetween(clock.instant().minusSeconds(60), clock.instant());
        assertThat(jdbc.sql("SELECT updated_at FROM identity_accounts WHERE id = ?")
                        .param(saved.id())
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(found.createdAt());
    }

    @Test
    void anAccountIsFoundByItsNormalisedEmail() {
        var email = AccountFixtures.uniqueEmail();
        accounts.save(Account.person(EmailAddress.of(email.toUpperCase()), "{noop}x", clock));
        assertThat(accounts.findByEmail(email)).isPresent();
        assertThat(accounts.existsByEmail(email)).isTrue();
        assertThat(accounts.existsByEmail("nobody-" + UUID.randomUUID() + "@example.com"))
                .isFalse();
    }

    @Test
    void theDatabaseRefusesASecondAccountWithTheSameEmail() {
        var email = EmailAddress.of(AccountFixtures.uniqueEmail());
        accounts.save(Account.person(email, "{noop}x", clock));
        assertThatThrownBy(() -> accounts.save(Account.person(email, "{noop}y", clock)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aChangeUpdatesTheRowAndItsVersion() {
        var saved = accounts.save(Account.person(EmailAddress.of(AccountFixtures.uniqueEmail()), "{noop}x", clock));
        var loaded = accounts.findById(saved.id()).orElseThrow();
        loaded.changePreferences("  Pat  ", ZoneId.of("America/New_York"));
        accounts.save(loaded);
        var reloaded = accounts.findById(saved.id()).orElseThrow().view();
        assertThat(reloaded.displayName()).isEqualTo("Pat");
        assertThat(reloaded.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(jdbc.sql("SELECT version FROM identity_accounts WHERE id = ?")
                        .param(saved.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        var saved = accounts.save(Account.person(EmailAddress.of(AccountFixtures.uniqueEmail()), "{noop}x", clock));
        var first = accounts.findById(saved.id()).orElseThrow();
        var second = accounts.findById(saved.id()).orElseThrow();
        first.changePreferences("First", ZoneId.of("Europe/Paris"));
        accounts.save(first);
        second.changePreferences("Second", ZoneId.of("Europe/Rome"));
        assertThatThrownBy(() -> accounts.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theSchemaRefusesAnUnknownRole() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO identity_accounts
                    (id, email, password_hash, role, time_zone, version, created_at, updated_at)
                VALUES (?, 'x@example.com', 'x', 'ADMIN', 'UTC', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param(UUID.randomUUID()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
