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
    THERAPIST_JOINED
}
