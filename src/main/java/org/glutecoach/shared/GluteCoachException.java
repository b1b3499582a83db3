package org.glutecoach.shared;

/**
 * A rule of the domain was broken. Each subclass is one failure a person can understand; the web layer maps it
 * once per channel (a message beside a field on pages, a problem+json in the API).
 */
public abstract class GluteCoachException extends RuntimeException {

    private final String problemType;

    protected GluteCoachException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    /** The stable slug of this failure, used in the problem type URI ({@code /problems/<slug>}). */
    public String problemType() {
        return problemType;
    }
}
