package org.glutecoach.identity.domain;

import java.time.Duration;

/** What a mailed token lets its holder do, and for how long. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofDays(2)),
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
