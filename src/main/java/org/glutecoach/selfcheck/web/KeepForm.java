package org.glutecoach.selfcheck.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.glutecoach.shared.web.UsableEmail;

/**
 * Sign-up fields and the consent box on the "keep my result" page (signed-in people only see the box). The box
 * is read as text so that no posted value can fail to bind: anything but "true" means it was not ticked.
 */
record KeepForm(
        @NotBlank(message = "{identity.sign-up.email.required}")
        @UsableEmail(message = "{identity.sign-up.email.invalid}")
        @Size(max = 254, message = "{identity.sign-up.email.invalid}") String email,
        @NotBlank(message = "{identity.sign-up.password.required}")
        @Size(min = 12, message = "{identity.sign-up.password.short}")
        @Size(max = 64, message = "{identity.sign-up.password.long}") String password,
        @Nullable String healthData) {

    KeepForm {
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
    }

    static KeepForm empty() {
        return new KeepForm("", "", null);
    }

    boolean consents() {
        return "true".equals(healthData);
    }
}
