package org.glutecoach.practice.clients.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.InvalidClientDetails;
import org.glutecoach.shared.EmailAddresses;
import org.glutecoach.shared.PlainText;
import org.jspecify.annotations.Nullable;

/** The rules on a client's details; every broken rule is reported at once, field by field, in the form's order. */
final class ClientDetailsRules {

    private static final String KEY = "practice.clients.error.";

    private ClientDetailsRules() {}

    /**
     * The details cleaned (trimmed, blanks as missing, the address normalised as every module does).
     *
     * @throws InvalidClientDetails naming each field that breaks a rule
     */
    static ClientDetails checked(ClientDetails raw, LocalDate today) {
        var details = new ClientDetails(
                text(raw.fullName()),
                text(raw.preferredName()),
                raw.dateOfBirth(),
                email(raw.email()),
                text(raw.phone()),
                text(raw.address()),
                text(raw.gpPractice()),
                text(raw.emergencyContact()));
        var problems = new LinkedHashMap<String, String>();
        length(problems, "fullName", details.fullName(), 200);
        if (details.fullName() == null) {
            problems.put("fullName", KEY + "fullName.missing");
        }
        length(problems, "preferredName", details.preferredName(), 100);
        var born = details.dateOfBirth();
        if (born == null) {
            problems.put("dateOfBirth", KEY + "dateOfBirth.missing");
        } else if (!born.isBefore(today) || born.isBefore(today.minusYears(130))) {
            problems.put("dateOfBirth", KEY + "dateOfBirth.implausible");
        }
        var email = details.email();
        if (email != null && EmailAddresses.problem(email) != null) {
            problems.put("email", KEY + "email.invalid");
        }
        if (details.phone() != null && !details.phone().matches("[+0-9 ()-]{6,40}")) {
            problems.put("phone", KEY + "phone.invalid");
        }
        if (email == null && details.phone() == null) {
            problems.put("email", KEY + "contact.missing");
        }
        length(problems, "address", details.address(), 500);
        length(problems, "gpPractice", details.gpPractice(), 200);
        length(problems, "emergencyContact", details.emergencyContact(), 300);
        controlCharacters(problems, raw);
        if (!problems.isEmpty()) {
            throw new InvalidClientDetails(problems);
        }
        return details;
    }

    private static void length(Map<String, String> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.put(field, KEY + field + ".too-long");
        }
    }

    /** Characters nobody can see, and PostgreSQL refuses (NUL), are named beside their field, not stored. */
    private static void controlCharacters(Map<String, String> problems, ClientDetails raw) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("fullName", raw.fullName());
        fields.put("preferredName", raw.preferredName());
        fields.put("email", raw.email());
        fields.put("phone", raw.phone());
        fields.put("address", raw.address());
        fields.put("gpPractice", raw.gpPractice());
        fields.put("emergencyContact", raw.emergencyContact());
        fields.forEach((field, value) -> {
            if (value != null && PlainText.hasControlCharacters(value, field.equals("address"))) {
                problems.put(field, KEY + "control");
            }
        });
    }

    private static @Nullable String text(@Nullable String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static @Nullable String email(@Nullable String raw) {
        var text = text(raw);
        return text == null ? null : EmailAddresses.normalised(text);
    }
}
