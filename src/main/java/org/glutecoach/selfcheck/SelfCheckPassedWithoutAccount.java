package org.glutecoach.selfcheck;

import java.time.Instant;

/**
 * Someone not signed in finished the whole self-check with no red flag (SELF_CARE): the pass that lets lessons
 * paused in the same browser for a red flag go on (HZ-23). It names nobody and is not kept; a listener that can
 * tell the browser from the request it runs in remembers it there.
 *
 * @param evaluatedAt when the result was worked out
 */
public record SelfCheckPassedWithoutAccount(Instant evaluatedAt) {}
