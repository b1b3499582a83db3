package org.glutecoach.practice.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.glutecoach.identity.RegisterAccount;
import org.jspecify.annotations.Nullable;
import org.glutecoach.shared.web.UsableEmail;

/** The practice owner's name, address and password. */
record OwnerSetUpForm(
        @Size(max = 100, message = "{identity.account.display-name.long}") @Nullable String displayName,
        @NotBlank(message = "{identity.sign-up.email.required}")
        @UsableEmail(message = "{identity.sign-up.email.invalid}")
        @Size(max = 254, message = "{identity.sign-up.email.invalid}") String email,
        @NotBlank(message = "{identity.sign-up.password.required}")
        @Size(min = 12, message = "{identity.sign-up.password.short}")
        @Size(max = 64, message = "{identity.sign-up.password.long}") String password) {

    OwnerSetUpForm {
        email = email == null ? "" : email.strip();
    }

    RegisterAccount command() {
        return new RegisterAccount(email, password);
    }

    static OwnerSetUpForm empty() {
        return new OwnerSetUpForm("", "", "");
    }
}
