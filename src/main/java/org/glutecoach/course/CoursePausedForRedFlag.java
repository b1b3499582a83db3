package org.glutecoach.course;

import java.time.Instant;
import org.glutecoach.identity.AccountId;
import org.glutecoach.selfcheck.RedFlagTier;

/**
 * A person's course was paused because a red-flag screen that needs a doctor first was shown to them (issue 11).
 * It goes on once they pass the self-check again.
 *
 * @param pausedAt when the screen was shown
 */
public record CoursePausedForRedFlag(AccountId accountId, RedFlagTier tier, Instant pausedAt) {}
