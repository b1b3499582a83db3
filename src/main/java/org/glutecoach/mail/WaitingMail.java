package org.glutecoach.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A mail not sent yet, as the practice owner sees it. */
public record WaitingMail(
        UUID id,
        String recipient,
        String subject,
        Instant queuedAt,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError) {}
