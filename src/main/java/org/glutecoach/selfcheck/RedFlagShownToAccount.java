package org.glutecoach.selfcheck;

import java.time.Instant;
import org.glutecoach.identity.AccountId;

/**
 * A signed-in person was shown a red-flag screen. Published after the screen is recorded, so other modules can act
 * on it: the course pauses on an EMERGENCY or URGENT screen until the person passes the self-check again.
 *
 * @param shownAt when the screen was shown (the evaluation's time, not when a result was kept)
 */
public record RedFlagShownToAccount(AccountId accountId, RedFlagTier tier, Instant shownAt) {}
