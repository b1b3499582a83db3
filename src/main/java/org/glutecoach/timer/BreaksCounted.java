package org.glutecoach.timer;

import java.time.LocalDate;
import org.glutecoach.identity.AccountId;

/**
 * The timer now knows of this many breaks (taken, or "I just stood up") on one of a signed-in person's days.
 * Published after new events for that day are stored; the tracker keeps the higher of this and its own count.
 *
 * @param day the person's own day, in their time zone
 * @param breaks every break the timer knows of on that day, not only the new ones
 */
public record BreaksCounted(AccountId accountId, LocalDate day, int breaks) {}
