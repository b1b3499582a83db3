package org.glutecoach.routines;

import java.time.LocalDate;
import org.glutecoach.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in person finished or stopped a guided routine; published once per session. The tracker marks release
 * and activation done in that day's entry and keeps the per-side activation ratings.
 *
 * @param day the person's own day (their time zone) on which the session ended
 * @param activationLeft how well the left side switched on, 0-10, or {@code null} when not rated
 * @param activationRight the same for the right side
 */
public record RoutineSessionEnded(
        AccountId accountId,
        LocalDate day,
        boolean releaseDone,
        boolean activationDone,
        @Nullable Integer activationLeft,
        @Nullable Integer activationRight) {}
