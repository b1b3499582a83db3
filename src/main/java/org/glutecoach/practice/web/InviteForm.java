package org.glutecoach.practice.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address of a therapist to invite. */
record InviteForm(
        @NotBlank(message = "{identity.sign-up.email.required}")
        @Email(message = "{identity.sign-up.email.invalid}")
        @Size(max = 254, message = "{identity.sign-up.email.invalid}") String email) {

    InviteForm {
        email = email == null ? "" : email.strip();
    }
}
