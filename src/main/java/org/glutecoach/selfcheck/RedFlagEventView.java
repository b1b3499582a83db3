package org.glutecoach.selfcheck;

import java.time.Instant;
import java.util.UUID;

/**
 * A red-flag screen shown to a person: how urgent, when, and whether they tapped the call button it showed (only
 * screens that showed one can be tapped). For their therapist's client record, with their consent to share.
 */
public record RedFlagEventView(UUID id, RedFlagTier tier, Instant shownAt, boolean callTapped) {}
