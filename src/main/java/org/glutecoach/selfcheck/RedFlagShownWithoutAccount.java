package org.glutecoach.selfcheck;

import java.time.Instant;

/**
 * Someone not signed in was shown a red-flag screen (the self-check's or the course's short one). It names nobody:
 * a listener that can tell who from the request it runs in (the browser that opened a course link) acts on it; the
 * course pauses the lessons read in that browser (HZ-23).
 *
 * @param shownAt when the screen was shown
 */
public record RedFlagShownWithoutAccount(RedFlagTier tier, Instant shownAt) {}
