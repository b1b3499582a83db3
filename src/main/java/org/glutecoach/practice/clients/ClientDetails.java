package org.glutecoach.practice.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the practice keeps about a client, as a therapist enters it (a new walk-in, or a change). Blank text counts
 * as not given. The rules ({@link InvalidClientDetails}): a full name; a date of birth in the past; an email
 * address or a phone number (a walk-in may have only one); address, GP practice and emergency contact optional.
 */
public record ClientDetails(
        @Nullable String fullName,
        @Nullable String preferredName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String gpPractice,
        @Nullable String emergencyContact) {}
