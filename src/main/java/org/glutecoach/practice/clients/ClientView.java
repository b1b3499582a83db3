package org.glutecoach.practice.clients;

import java.time.LocalDate;
import org.glutecoach.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A client as the practice holds them. {@code linkedAccount} is the person's own account if they linked it (with
 * their consent); {@code sharing} says whether they share their own data with the practice right now (a linked
 * person who withdrew the consent is not sharing: only what the practice holds may be shown).
 */
public record ClientView(
        ClientId id,
        String fullName,
        @Nullable String preferredName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String gpPractice,
        @Nullable String emergencyContact,
        @Nullable AccountId therapist,
        ClientStatus status,
        @Nullable LocalDate firstSeen,
        @Nullable LocalDate lastSeen,
        @Nullable AccountId linkedAccount,
        boolean sharing) {

    /** The name to greet the client by: the preferred name if given, else the full name. */
    public String calledBy() {
        return preferredName == null ? fullName : preferredName;
    }
}
