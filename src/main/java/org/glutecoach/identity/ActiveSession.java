package org.glutecoach.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One place a person is signed in, for the account page. {@code current} is the browser asking; {@code browser}
 * and {@code device} (for example "Firefox" and "Windows computer") are null when not known.
 */
public record ActiveSession(
        Instant signedInAt,
        Instant lastActiveAt,
        boolean current,
        @Nullable String browser,
        @Nullable String device) {}
