package org.glutecoach.practice.staff;

import java.time.Instant;
import java.util.UUID;

/** A therapist invitation whose link still works: to whom, when it was sent and until when it works. */
public record InvitationView(UUID id, String email, Instant sentAt, Instant expiresAt) {}
