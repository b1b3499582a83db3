package org.glutecoach.practice.staff.web;

import jakarta.validation.constraints.Size;
import org.glutecoach.identity.AccountEmail;
import org.glutecoach.identity.NewPassword;
import org.glutecoach.identity.RegisterAccount;
import org.jspecify.annotations.Nullable;

/** The practice owner's name, address and password. */
record OwnerSetUpForm(
        @Size(max = 100, message = "{identity.account.display-name.long}") @Nullable
        String displayName,

        @AccountEmail String email,
        @NewPassword String password) {

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
