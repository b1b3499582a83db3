package org.glutecoach.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.EmailAddress;
import org.glutecoach.identity.Role;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.identity.TwoStepUnchanged;
import org.glutecoach.shared.DefaultTimeZone;
import org.glutecoach.shared.SealedSecrets;
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

    static final ZoneId DEFAULT_TIME_ZONE = DefaultTimeZone.ZONE;
    static final int MAX_DISPLAY_NAME = 100;

    private final @Id UUID id;
    private String email;
    private String passwordHash;
    private final Role role;
    private final boolean practiceOwner;
    /** TRUE for the owner, NULL for everyone else: a unique index on it lets the database keep one owner. */
    private final @Nullable Boolean practiceOwnerSlot;

    private @Nullable Instant emailVerifiedAt;
    private @Nullable String totpSecret;
    private @Nullable Instant totpEnabledAt;
    private @Nullable Long totpLastStep;
    private @Nullable String displayName;
    private String timeZone;
    private @Version @Nullable Long version;
    private @CreatedDate @Nullable Instant createdAt;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    Account(
            UUID id,
            String email,
            String passwordHash,
            Role role,
            boolean practiceOwner,
            @Nullable Boolean practiceOwnerSlot,
            @Nullable Instant emailVerifiedAt,
            @Nullable String totpSecret,
            @Nullable Instant totpEnabledAt,
            @Nullable Long totpLastStep,
            @Nullable String displayName,
            String timeZone,
            @Nullable Long version,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {
        this.totpSecret = totpSecret;
        this.totpEnabledAt = totpEnabledAt;
        this.totpLastStep = totpLastStep;
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.practiceOwner = practiceOwner;
        this.practiceOwnerSlot = practiceOwnerSlot;
        this.emailVerifiedAt = emailVerifiedAt;
        this.displayName = displayName;
        this.timeZone = timeZone;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A person who has just signed up: their address is not verified yet. */
    public static Account person(EmailAddress email, String passwordHash, Clock clock) {
        return created(email, passwordHash, Role.PERSON, false, false, clock);
    }

    /** The therapist who runs the practice, created from the one-time set-up link (so the address is trusted). */
    public static Account practiceOwner(
            EmailAddress email, String passwordHash, @Nullable String displayName, Clock clock) {
        var owner = created(email, passwordHash, Role.THERAPIST, true, true, clock);
        owner.changePreferences(displayName, DEFAULT_TIME_ZONE);
        return owner;
    }

    /** A therapist who accepted the owner's invitation (the link went to this address, so it is verified). */
    public static Account invitedTherapist(
            EmailAddress email, String passwordHash, @Nullable String displayName, Clock clock) {
        var therapist = created(email, passwordHash, Role.THERAPIST, false, true, clock);
        therapist.changePreferences(displayName, DEFAULT_TIME_ZONE);
        return therapist;
    }

    /**
     * A new account in the default time zone, with two-step sign-in off.
     *
     * @param verified whether the link that led here already proves the address
     */
    private static Account created(
            EmailAddress email, String passwordHash, Role role, boolean practiceOwner, boolean verified, Clock clock) {
        var now = clock.instant();
        return new Account(
                UUID.randomUUID(),
                email.value(),
                passwordHash,
                role,
                practiceOwner,
                practiceOwner ? Boolean.TRUE : null,
                verified ? now : null,
                null,
                null,
                null,
                null,
                DEFAULT_TIME_ZONE.getId(),
                null,
                now,
                now);
    }

    public void verifyEmail(Clock clock) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = clock.instant();
        }
    }

    /** A new address proven by a link sent to it. */
    public void changeEmail(EmailAddress newEmail, Clock clock) {
        this.email = newEmail.value();
        this.emailVerifiedAt = clock.instant();
    }

    /**
     * Starts setting up two-step sign-in with a new secret; it is on only once a code from it is confirmed. The
     * secret is kept sealed; the plain one is returned to show once (QR code).
     *
     * @throws TwoStepUnchanged if two-step sign-in is on already
     */
    public String startTwoStep(SealedSecrets secrets) {
        if (twoStepEnabled()) {
            throw TwoStepUnchanged.alreadyOn();
        }
        var secret = TwoStepCodes.newSecret();
        totpSecret = secrets.seal(secret);
        totpEnabledAt = null;
        totpLastStep = null;
        return secret;
    }

    /** Turns two-step sign-in on if the code matches the secret being set up. */
    public boolean confirmTwoStep(String code, Clock clock, SealedSecrets secrets) {
        if (totpSecret == null || totpEnabledAt != null) {
            return false;
        }
        var step = TwoStepCodes.acceptedStep(secrets.open(totpSecret), code, -1, clock);
        if (step.isEmpty()) {
            return false;
        }
        totpLastStep = step.getAsLong();
        totpEnabledAt = clock.instant();
        return true;
    }

    /** Checks a code at sign-in; each code works once. A secret stored before sealing is sealed now. */
    public boolean acceptTwoStepCode(String code, Clock clock, SealedSecrets secrets) {
        var stored = totpSecret;
        if (!twoStepEnabled() || stored == null) {
            return false;
        }
        var secret = secrets.open(stored);
        var step = TwoStepCodes.acceptedStep(secret, code, totpLastStep == null ? -1 : totpLastStep, clock);
        step.ifPresent(accepted -> totpLastStep = accepted);
        if (step.isPresent() && !SealedSecrets.isSealed(stored)) {
            totpSecret = secrets.seal(secret);
        }
        return step.isPresent();
    }

    /** @throws TwoStepUnchanged if the account must keep it (a therapist) */
    public void turnOffTwoStep() {
        if (view().mustUseTwoStep()) {
            throw TwoStepUnchanged.required();
        }
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
    }

    /** @throws TwoStepUnchanged if two-step sign-in is off, so there are no codes to renew */
    public void checkRecoveryCodesRenewable() {
        if (!twoStepEnabled()) {
            throw TwoStepUnchanged.off();
        }
    }

    public boolean twoStepEnabled() {
        return totpSecret != null && totpEnabledAt != null;
    }

    /** The secret being set up or in use, opened, or {@code null}. */
    public @Nullable String totpSecret(SealedSecrets secrets) {
        return totpSecret == null ? null : secrets.open(totpSecret);
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String email() {
        return email;
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
        return new AccountView(
                new AccountId(id),
                email,
                displayName,
                role,
                practiceOwner,
                emailVerifiedAt != null,
                twoStepEnabled(),
                ZoneId.of(timeZone),
                createdAt == null ? Instant.EPOCH : createdAt);
    }

    public SignedInAccount signedIn() {
        return new SignedInAccount(new AccountId(id), email, passwordHash, role, practiceOwner);
    }

    public UUID id() {
        return id;
    }
}
