package org.glutecoach.identity;

import org.glutecoach.shared.GluteCoachException;

/**
 * An email address or new password that breaks our rules; {@link #field()} says which and {@link #reason()} why
 * ({@code invalid}, {@code not-plain}, {@code short}, {@code long}, {@code common}), so a page can say it plainly.
 */
public class InvalidCredentials extends GluteCoachException {

    private final String field;
    private final String reason;

    public InvalidCredentials(String field, String reason) {
        super("invalid-" + field, field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** {@code email} or {@code password}. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The message key that explains this to a person. */
    public String messageKey() {
        return "identity." + field + "." + reason;
    }
}
