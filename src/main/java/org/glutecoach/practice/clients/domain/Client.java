package org.glutecoach.practice.clients.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientStatus;
import org.glutecoach.practice.clients.ClientView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The practice's record of one client. It belongs to the practice, not to the person: a walk-in has no account,
 * and a person's account is linked only with their consent, once. Who may see it is decided here
 * ({@link #visibleTo}), and nowhere else.
 */
@Table("practice_clients")
public class Client {

    private final @Id UUID id;
    private String fullName;
    private @Nullable String preferredName;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String address;
    private @Nullable String gpPractice;
    private @Nullable String emergencyContact;
    private @Nullable UUID therapistId;
    private ClientStatus status;
    private @Nullable LocalDate firstSeen;
    private @Nullable LocalDate lastSeen;
    private @Nullable UUID accountId;
    private final Instant createdAt;
    private @Version @Nullable Long version;

    @PersistenceCreator
    Client(
            UUID id,
            String fullName,
            @Nullable String preferredName,
            @Nullable LocalDate dateOfBirth,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String address,
            @Nullable String gpPractice,
            @Nullable String emergencyContact,
            @Nullable UUID therapistId,
            ClientStatus status,
            @Nullable LocalDate firstSeen,
            @Nullable LocalDate lastSeen,
            @Nullable UUID accountId,
            Instant createdAt,
            @Nullable Long version) {
        this.id = id;
        this.fullName = fullName;
        this.preferredName = preferredName;
        this.dateOfBirth = dateOfBirth;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.gpPractice = gpPractice;
        this.emergencyContact = emergencyContact;
        this.therapistId = therapistId;
        this.status = status;
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * A client a therapist adds (a walk-in or a phone booking, no account), assigned to that therapist.
     *
     * @throws org.glutecoach.practice.clients.InvalidClientDetails if the details break a rule
     */
    public static Client walkIn(ClientDetails details, AccountId addedBy, Instant now, LocalDate today) {
        var client = blank(now);
        client.change(details, today);
        client.therapistId = addedBy.value();
        return client;
    }

    /**
     * A person who let the practice see their results becomes a client, linked to their account and assigned to
     * nobody until the owner assigns a therapist. Their name and address come from their account.
     */
    public static Client linkedByConsent(AccountId person, String name, String email, Instant now) {
        var client = blank(now);
        client.fullName = name;
        client.email = email;
        client.accountId = person.value();
        return client;
    }

    private static Client blank(Instant now) {
        return new Client(
                UUID.randomUUID(),
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ClientStatus.ACTIVE,
                null,
                null,
                null,
                now,
                null);
    }

    /** @throws org.glutecoach.practice.clients.InvalidClientDetails if the details break a rule; nothing changes */
    public void change(ClientDetails raw, LocalDate today) {
        var details = ClientDetailsRules.checked(raw, today);
        fullName = java.util.Objects.requireNonNull(details.fullName());
        preferredName = details.preferredName();
        dateOfBirth = details.dateOfBirth();
        email = details.email();
        phone = details.phone();
        address = details.address();
        gpPractice = details.gpPractice();
        emergencyContact = details.emergencyContact();
    }

    /**
     * Links the person's account, with their consent. Linked once: a record already linked to someone else is
     * never relinked (the database's unique index also refuses a second record for one account).
     *
     * @return false if the record is linked to another account already
     */
    public boolean linkTo(AccountId person) {
        if (accountId != null) {
            return accountId.equals(person.value());
        }
        accountId = person.value();
        return true;
    }

    /** The owner assigns the client to a therapist, or to nobody. */
    public void assignTo(@Nullable AccountId therapist) {
        therapistId = therapist == null ? null : therapist.value();
    }

    public void dischargeOrReactivate(ClientStatus newStatus) {
        status = newStatus;
    }

    /** A session took place: first seen once, last seen moves on (never back). */
    public void seenOn(LocalDate day) {
        if (firstSeen == null || day.isBefore(firstSeen)) {
            firstSeen = day;
        }
        if (lastSeen == null || day.isAfter(lastSeen)) {
            lastSeen = day;
        }
    }

    /**
     * The one access rule: the practice owner sees every client; a therapist only those assigned to them; anyone
     * else none. The caller establishes whether the viewer is staff and owner (from identity).
     */
    public boolean visibleTo(AccountId viewer, boolean staff, boolean owner) {
        return staff && (owner || viewer.value().equals(therapistId));
    }

    /** @param sharing whether the linked person currently consents to share their own data with the practice */
    public ClientView view(boolean sharing) {
        return new ClientView(
                new ClientId(id),
                fullName,
                preferredName,
                dateOfBirth,
                email,
                phone,
                address,
                gpPractice,
                emergencyContact,
                therapistId == null ? null : new AccountId(therapistId),
                status,
                firstSeen,
                lastSeen,
                accountId == null ? null : new AccountId(accountId),
                accountId != null && sharing);
    }

    public ClientId id() {
        return new ClientId(id);
    }

    public @Nullable AccountId linkedAccount() {
        return accountId == null ? null : new AccountId(accountId);
    }

    /** What the client is found by in the list: names and email address (see {@link SearchTerms}). */
    @Nullable
    String[] searchedText() {
        return new @Nullable String[] {fullName, preferredName, email};
    }

    public @Nullable String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
