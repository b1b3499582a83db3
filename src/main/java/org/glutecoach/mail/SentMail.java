package org.glutecoach.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a person's data export says about a mail to them: its subject and when it was queued and sent. */
public record SentMail(
        String subject, Instant queuedAt, @Nullable Instant sentAt) {}
