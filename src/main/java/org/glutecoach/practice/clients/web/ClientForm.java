package org.glutecoach.practice.clients.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.ClientStatus;
import org.glutecoach.practice.clients.ClientView;
import org.jspecify.annotations.Nullable;

/** The client form as typed (the date as text, so a bad date comes back beside its field, not as a 400). */
record ClientForm(
        @Nullable String fullName,
        @Nullable String preferredName,
        @Nullable String dateOfBirth,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String gpPractice,
        @Nullable String emergencyContact,
        @Nullable String status) {

    static ClientForm empty() {
        return new ClientForm(null, null, null, null, null, null, null, null, ClientStatus.ACTIVE.name());
    }

    static ClientForm of(ClientView client) {
        return new ClientForm(
                client.fullName(),
                client.preferredName(),
                client.dateOfBirth() == null ? null : client.dateOfBirth().toString(),
                client.email(),
                client.phone(),
                client.address(),
                client.gpPractice(),
                client.emergencyContact(),
                client.status().name());
    }

    /** The details; a date that does not read counts as not given (the rules then say so beside the field). */
    ClientDetails details() {
        return new ClientDetails(fullName, preferredName, date(), email, phone, address, gpPractice, emergencyContact);
    }

    ClientStatus clientStatus() {
        return ClientStatus.DISCHARGED.name().equals(status) ? ClientStatus.DISCHARGED : ClientStatus.ACTIVE;
    }

    private @Nullable LocalDate date() {
        try {
            return dateOfBirth == null || dateOfBirth.isBlank() ? null : LocalDate.parse(dateOfBirth.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
