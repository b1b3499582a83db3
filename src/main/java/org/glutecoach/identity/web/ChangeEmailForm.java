package org.glutecoach.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.glutecoach.identity.AccountEmail;

/**
 * A new address, confirmed with the current password (named {@code password} here so its field id differs from
 * the password form's {@code currentPassword} on the same page).
 */
record ChangeEmailForm(
        @AccountEmail String newEmail,

        @NotBlank(message = "{identity.account.current-password.required}")
        @Size(max = 200, message = "{identity.account.current-password.wrong}")
        String password) {

    ChangeEmailForm {
        newEmail = newEmail == null ? "" : newEmail.strip();
        password = password == null ? "" : password;
    }

    static ChangeEmailForm empty() {
        return new ChangeEmailForm("", "");
    }
}
