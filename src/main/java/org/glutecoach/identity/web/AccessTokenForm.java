package org.glutecoach.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.glutecoach.identity.TokenScope;

/** A name to recognise a new API token by, and what it may do. */
record AccessTokenForm(
        @NotBlank(message = "{identity.tokens.name.required}") @Size(max = 100, message = "{identity.tokens.name.long}")
        String name,

        @NotNull(message = "{identity.tokens.scope.required}")
        TokenScope scope) {

    AccessTokenForm {
        name = name == null ? "" : name.strip();
    }

    static AccessTokenForm empty() {
        return new AccessTokenForm("", TokenScope.READ);
    }
}
