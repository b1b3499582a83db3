package org.glutecoach.practice.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.glutecoach.shared.web.UsableEmail;

/** The address of a therapist to invite. */
record InviteForm(
        @NotBlank(message = "{identity.sign-up.email.required}")
        @UsableEmail(message = "{identity.sign-up.email.invalid}")
        @Size(max = 254, message = "{identity.sign-up.email.invalid}") String email) {

    InviteForm {
        email = email == null ? "" : email.strip();
    }
}
