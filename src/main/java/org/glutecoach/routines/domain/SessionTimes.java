package org.glutecoach.routines.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.glutecoach.routines.SessionRefused;

/**
 * When a session sent by the player may have happened: it ends after it starts, not later than now (give or take a
 * device's clock), not more than {@link #KEPT_FOR} ago (a phone may keep a session offline for a while, not for
 * years: an older day would be written into a tracker day long past), and lasts at most {@link #LONGEST}.
 */
public final class SessionTimes {

    /** How far a device's clock may be ahead of ours. */
    public static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    public static final Duration KEPT_FOR = Duration.ofDays(30);

    /** Far longer than any routine in the library or one a person builds (12 exercises). */
    public static final Duration LONGEST = Duration.ofHours(12);

    private SessionTimes() {}

    /**
     * @throws SessionRefused naming {@code startedAt} or {@code endedAt} with the message key of what is wrong
     */
    public static void check(Instant startedAt, Instant endedAt, Instant now) {
        var problems = new LinkedHashMap<String, String>();
        if (endedAt.isBefore(startedAt)) {
            problems.put("endedAt", "routines.session.times.order");
        } else if (endedAt.isAfter(now.plus(CLOCK_SLACK))) {
            problems.put("endedAt", "routines.session.times.future");
        } else if (endedAt.isBefore(now.minus(KEPT_FOR))) {
            problems.put("endedAt", "routines.session.times.old");
        } else if (Duration.between(startedAt, endedAt).compareTo(LONGEST) > 0) {
            problems.put("startedAt", "routines.session.times.long");
        }
        if (!problems.isEmpty()) {
            throw new SessionRefused("The session's times do not fit.", problems);
        }
    }
}
