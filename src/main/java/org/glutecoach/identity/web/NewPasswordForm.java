package org.glutecoach.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, chosen from a reset link (the token travels in a hidden field). */
record NewPasswordForm(
        @Size(max = 200) String token,

        @NotBlank(message = "{identity.sign-up.password.required}")
        @Size(max = 200, message = "{identity.password.long}")
        String password) {

    NewPasswordForm {
        token = token == null ? "" : token;
        password = password == null ? "" : password;
    }
}
