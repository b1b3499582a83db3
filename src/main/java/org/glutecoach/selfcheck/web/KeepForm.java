package org.glutecoach.selfcheck.web;

import org.glutecoach.identity.AccountEmail;
import org.glutecoach.identity.NewPassword;
import org.jspecify.annotations.Nullable;

/**
 * Sign-up fields and the consent box on the "keep my result" page (signed-in people only see the box). The box
 * is read as text so that no posted value can fail to bind: anything but "true" means it was not ticked.
 */
record KeepForm(
        @AccountEmail String email,
        @NewPassword String password,
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
