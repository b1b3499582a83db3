package org.glutecoach.identity.web;

import java.io.Serial;
import java.io.Serializable;
import org.glutecoach.identity.NewAccessToken;

/**
 * A token just made, as carried to the next page in a flash attribute. Flash attributes live in the HTTP session,
 * which is stored in the database, so this must be serialisable and hold only what that page shows.
 */
record CreatedToken(String name, String secret) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static CreatedToken of(NewAccessToken created) {
        return new CreatedToken(created.token().name(), created.secret());
    }
}
