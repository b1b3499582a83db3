package org.glutecoach.course;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.glutecoach.selfcheck.RedFlagTier;

/**
 * A red-flag screen was shown in a browser that had opened these enrolments' mail links (HZ-23). Published by the
 * course's web side inside the screen's transaction, so the event registry keeps it until the course has paused
 * them (ADR 21).
 */
public record RedFlagShownInABrowser(Set<UUID> enrolments, RedFlagTier tier, Instant shownAt) {}
