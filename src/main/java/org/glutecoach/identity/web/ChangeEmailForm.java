package org.glutecoach.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new address, confirmed with the current password. */
record ChangeEmailForm(
        @NotBlank(message = "{identity.sign-up.email.required}")
        @Email(message = "{identity.sign-up.email.invalid}")
        @Size(max = 254, message = "{identity.sign-up.email.invalid}") String newEmail,
        @NotBlank(message = "{identity.account.current-password.required}")
        @Size(max = 200, message = "{identity.account.current-password.wrong}") String currentPassword) {

    ChangeEmailForm {
        newEmail = newEmail == null ? "" : newEmail.strip();
        currentPassword = currentPassword == null ? "" : currentPassword;
    }

    static ChangeEmailForm empty() {
        return new ChangeEmailForm("", "");
    }
}
