package org.glutecoach.identity;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** An account as the rest of the application and the API see it: no password hash, ever. */
public record AccountView(
        AccountId id,
        String email,
        @Nullable String displayName,
        Role role,
        boolean practiceOwner,
        boolean emailVerified,
        boolean twoStepEnabled,
        ZoneId timeZone,
        Instant createdAt) {

    /** Therapists see clients' health data, so they must use two-step sign-in; people may. */
    public boolean mustUseTwoStep() {
        return role == Role.THERAPIST;
    }
}
