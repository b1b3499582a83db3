package org.glutecoach.privacy;

/** The separate things a person may agree to. Each is given or withdrawn on its own. */
public enum ConsentKind {
    /** Keeping their health answers (self-check results, soreness, sitting time). */
    HEALTH_DATA,
    /** Letting the practice's therapists see their results and progress. */
    SHARE_WITH_PRACTICE,
    /** Course lessons and reminders by email. */
    COURSE_EMAILS,
    /** The tracker's daily reminder email, asked where the person switches it on. */
    REMINDER_EMAILS
}
