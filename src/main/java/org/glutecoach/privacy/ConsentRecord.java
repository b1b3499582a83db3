package org.glutecoach.privacy;

import java.time.Instant;

/** One entry of a person's consent history: what they said, to which wording, and when. */
public record ConsentRecord(ConsentKind kind, boolean given, String textVersion, Instant recordedAt) {}
