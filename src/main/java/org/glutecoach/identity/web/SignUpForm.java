package org.glutecoach.identity.web;

import org.glutecoach.identity.AccountEmail;
import org.glutecoach.identity.NewPassword;

/** What the sign-up page posts. The domain checks the rules again; this gives friendly messages first. */
record SignUpForm(@AccountEmail String email, @NewPassword String password) {

    SignUpForm {
        // People paste addresses with stray spaces; the domain trims too, this lets the message be right.
        email = email == null ? null : email.strip();
    }

    static SignUpForm empty() {
        return new SignUpForm("", "");
    }
}
