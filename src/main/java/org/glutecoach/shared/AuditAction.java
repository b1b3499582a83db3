package org.glutecoach.shared;

/**
 * What an audit line records. The names are the values stored in {@code audit_events.action} and the keys of
 * {@code audit.action.*} in the messages, so a constant is never renamed or removed once rows may hold it: old
 * lines must still read.
 */
public enum AuditAction {
    SIGNED_IN,
    SIGNED_OUT_ELSEWHERE,
    SIGN_IN_ATTEMPTS_WARNED,
    EMAIL_VERIFIED,
    EMAIL_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCESS_TOKEN_CREATED,
    ACCESS_TOKEN_REVOKED,
    TWO_STEP_ON,
    TWO_STEP_OFF,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_RENEWED,
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    DATA_EXPORTED,
    ACCOUNT_DELETED,
    SELF_CHECK_KEPT,
    PRACTICE_OWNER_CREATED,
    PRACTICE_DETAILS_CHANGED,
    THERAPIST_INVITED,
    THERAPIST_INVITATION_WITHDRAWN,
    THERAPIST_JOINED,
    TRACKER_DAY_LOGGED,
    TRACKER_DAY_DELETED,
    TRACKER_IMPORTED,
    /** A therapist opened a client's own (shared) data: the client record page or its API. */
    CLIENT_DATA_VIEWED,
    CLIENT_INVITED,
    SUBJECT_ACCESS_REQUESTED,
    SUBJECT_ACCESS_ANSWERED,
    CLINICAL_RECORD_ERASED,
    /** The practice owner added, reworded, reset or deleted a note template (detail: which, and what). */
    NOTE_TEMPLATE_CHANGED,
    /**
     * Read, never written: a line whose action this build does not know, written by a newer version sharing the
     * database (during a rolling upgrade, say). The page shows it as such instead of failing.
     */
    UNKNOWN;

    /** The action a stored line names, or {@link #UNKNOWN} for a name this build does not know. */
    public static AuditAction stored(String name) {
        for (var action : values()) {
            if (action.name().equals(name)) {
                return action;
            }
        }
        return UNKNOWN;
    }
}
