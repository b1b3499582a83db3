package org.glutecoach.privacy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password that confirms deleting the account. */
record DeleteAccountForm(
        @NotBlank(message = "{privacy.delete.password.required}")
        @Size(max = 200, message = "{privacy.delete.password.wrong}")
        String password) {

    DeleteAccountForm {
        password = password == null ? "" : password;
    }
}
