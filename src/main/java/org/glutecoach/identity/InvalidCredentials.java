package org.glutecoach.identity;

import org.glutecoach.shared.GluteCoachException;

/** An email address or new password that breaks our rules; {@link #field()} says which. */
public class InvalidCredentials extends GluteCoachException {

    private final String field;

    public InvalidCredentials(String field, String message) {
        super("invalid-" + field, message);
        this.field = field;
    }

    /** {@code email} or {@code password}. */
    public String field() {
        return field;
    }
}
