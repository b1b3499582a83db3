package org.glutecoach.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address to send a reset link to. */
record ForgottenPasswordForm(
        @NotBlank(message = "{identity.sign-up.email.required}") @Size(max = 254, message = "{identity.email.invalid}")
        String email) {

    ForgottenPasswordForm {
        email = email == null ? "" : email.strip();
    }
}
