package org.glutecoach.practice.staff.domain;

import java.time.Duration;

/** What a staff link lets its holder do, and for how long. */
public enum StaffLinkPurpose {
    SET_UP_OWNER(Duration.ofDays(30)),
    INVITE_THERAPIST(Duration.ofDays(7));

    private final Duration lifetime;

    StaffLinkPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
