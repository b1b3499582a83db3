package org.glutecoach.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.glutecoach.shared.web.UsableEmail;

/** What the sign-up page posts. The domain checks the rules again; this gives friendly messages first. */
record SignUpForm(
        @NotBlank(message = "{identity.sign-up.email.required}")
        @UsableEmail(message = "{identity.sign-up.email.invalid}")
        @Size(max = 254, message = "{identity.sign-up.email.invalid}") String email,
        @NotBlank(message = "{identity.sign-up.password.required}")
        @Size(min = 12, message = "{identity.sign-up.password.short}")
        @Size(max = 64, message = "{identity.sign-up.password.long}") String password) {

    SignUpForm {
        // People paste addresses with stray spaces; the domain trims too, this lets the message be right.
        email = email == null ? null : email.strip();
    }

    static SignUpForm empty() {
        return new SignUpForm("", "");
    }
}
