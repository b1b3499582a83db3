package org.glutecoach.selfcheck;

import java.time.LocalDate;

/**
 * One ISO week of red-flag screens shown (by tier) and calls tapped from them, for the practice owner's look at how
 * the screen behaves (over-triage shows as many screens and few taps; clinical review 2026-11, section 6).
 *
 * @param monday the first day of the week (UK time)
 * @param isoWeek the ISO week number, with {@code isoYear} its week-based year
 */
public record RedFlagWeekView(
        LocalDate monday, int isoYear, int isoWeek, long emergency, long urgent, long soon, long callTaps) {

    public long shown() {
        return emergency + urgent + soon;
    }
}
