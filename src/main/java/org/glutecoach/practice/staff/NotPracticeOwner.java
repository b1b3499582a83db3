package org.glutecoach.practice.staff;

import org.glutecoach.shared.GluteCoachException;

/** Only the practice owner may change who works in the practice (invite, resend, withdraw). */
public class NotPracticeOwner extends GluteCoachException {

    public NotPracticeOwner() {
        super("not-practice-owner", "Only the practice owner may do this");
    }
}
