package org.glutecoach.practice.clients.web;

import java.time.LocalDate;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.ClientStatus;
import org.jspecify.annotations.Nullable;

/** A client's details as the API takes them; {@code status} only on PUT (missing: active). */
record ClientBody(
        @Nullable String fullName,
        @Nullable String preferredName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String gpPractice,
        @Nullable String emergencyContact,
        @Nullable ClientStatus status) {

    ClientDetails details() {
        return new ClientDetails(
                fullName, preferredName, dateOfBirth, email, phone, address, gpPractice, emergencyContact);
    }

    ClientStatus statusOrActive() {
        return status == null ? ClientStatus.ACTIVE : status;
    }
}
