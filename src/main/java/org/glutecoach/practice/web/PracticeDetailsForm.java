package org.glutecoach.practice.web;

import static java.util.Objects.requireNonNullElse;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.glutecoach.practice.ChangePracticeDetails;
import org.glutecoach.practice.PracticeContactView;
import org.glutecoach.practice.domain.PracticeDetails;

/** The practice's contact details as the owner edits them; every field may be left empty. */
record PracticeDetailsForm(
        @Size(max = PracticeDetails.NAME_MAX, message = "{practice.details.name.long}")
        String name,

        @Pattern(regexp = PracticeDetails.PHONE, message = "{practice.details.phone.invalid}")
        String phone,

        @Email(message = "{practice.details.email.invalid}")
        @Size(max = PracticeDetails.EMAIL_MAX, message = "{practice.details.email.invalid}")
        String email,

        @Size(max = PracticeDetails.ADDRESS_MAX, message = "{practice.details.address.long}")
        String address) {

    PracticeDetailsForm {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        address = address == null ? "" : address.strip();
    }

    static PracticeDetailsForm of(PracticeContactView contact) {
        return new PracticeDetailsForm(
                requireNonNullElse(contact.name(), ""),
                requireNonNullElse(contact.phone(), ""),
                requireNonNullElse(contact.email(), ""),
                requireNonNullElse(contact.address(), ""));
    }

    ChangePracticeDetails change() {
        return new ChangePracticeDetails(name, phone, email, address);
    }
}
