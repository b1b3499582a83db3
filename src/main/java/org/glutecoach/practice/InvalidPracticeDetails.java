package org.glutecoach.practice;

import org.glutecoach.shared.GluteCoachException;

/** A contact detail the practice cannot use; {@link #field()} says which, {@link #messageKey()} why. */
public class InvalidPracticeDetails extends GluteCoachException {

    private final String field;
    private final String reason;

    public InvalidPracticeDetails(String field, String reason) {
        super("invalid-practice-details", field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** {@code name}, {@code phone}, {@code email} or {@code address}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return "practice.details." + field + "." + reason;
    }
}
