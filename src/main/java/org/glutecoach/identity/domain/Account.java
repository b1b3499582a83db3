package org.glutecoach.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.Role;
import org.glutecoach.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person's or therapist's account: the aggregate root of identity. */
@Table("identity_accounts")
public class Account {

    static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/London");
    static final int MAX_DISPLAY_NAME = 100;

    private final @Id UUID id;
    private final String email;
    private final String passwordHash;
    private final Role role;
    private @Nullable String displayName;
    private String timeZone;
    private @Version @Nullable Long version;
    private @CreatedDate @Nullable Instant createdAt;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    Account(UUID id, String email, String passwordHash, Role role, @Nullable String displayName, String timeZone,
            @Nullable Long version, @Nullable Instant createdAt, @Nullable Instant updatedAt) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.timeZone = timeZone;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public static Account person(EmailAddress email, String passwordHash, Clock clock) {
        var now = clock.instant();
        return new Account(UUID.randomUUID(), email.value(), passwordHash, Role.PERSON, null,
                DEFAULT_TIME_ZONE.getId(), null, now, now);
    }

    public void changePreferences(@Nullable String newDisplayName, ZoneId newTimeZone) {
        var name = newDisplayName == null ? null : newDisplayName.strip();
        if (name != null && name.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("Display name too long");
        }
        this.displayName = name == null || name.isEmpty() ? null : name;
        this.timeZone = newTimeZone.getId();
    }

    public AccountView view() {
        return new AccountView(new AccountId(id), email, displayName, role, ZoneId.of(timeZone),
                createdAt == null ? Instant.EPOCH : createdAt);
    }

    SignedInAccount signedIn() {
        return new SignedInAccount(new AccountId(id), email, passwordHash, role);
    }

    public UUID id() {
        return id;
    }
}
