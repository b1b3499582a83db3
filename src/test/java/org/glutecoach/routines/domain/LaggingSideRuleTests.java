package org.glutecoach.routines.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.glutecoach.routines.LaggingSide;
import org.junit.jupiter.api.Test;

/** Each threshold of the lagging-side rule, on both sides of it: sessions, window, span and gap. */
class LaggingSideRuleTests {

    static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");

    /** {@code count} sessions spread evenly from {@code firstDaysAgo} to {@code lastDaysAgo} days before now. */
    static List<LaggingSideRule.Rated> sessions(
            int count, double firstDaysAgo, double lastDaysAgo, int left, int right) {
        var sessions = new ArrayList<LaggingSideRule.Rated>();
        for (var i = 0; i < count; i++) {
            var daysAgo = firstDaysAgo - (firstDaysAgo - lastDaysAgo) * i / (count - 1);
            sessions.add(new LaggingSideRule.Rated(
                    NOW.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60))), left, right));
        }
        return sessions;
    }

    @Test
    void fourSessionsOverTwoWeeksWithTheLeftTwoPointsLowerIsALaggingLeftSide() {
        var lagging = LaggingSideRule.of(sessions(4, 13, 0, 4, 6), NOW);
        assertThat(lagging).hasValueSatisfying(side -> {
            assertThat(side.side()).isEqualTo(LaggingSide.Which.LEFT);
            assertThat(side.lowerBy()).isEqualTo(2.0);
            assertThat(side.sessions()).isEqualTo(4);
        });
        assertThat(LaggingSideRule.of(sessions(4, 13, 0, 8, 3), NOW))
                .hasValueSatisfying(side -> assertThat(side.side()).isEqualTo(LaggingSide.Which.RIGHT));
    }

    @Test
    void threeSessionsAreNotEnough() {
        assertThat(LaggingSideRule.of(sessions(3, 13, 0, 2, 9), NOW)).isEmpty();
    }

    @Test
    void aGapJustUnderTwoPointsIsNotALag() {
        // Means 4.25 and 6.0: 1.75 points apart.
        var sessions = new ArrayList<>(sessions(3, 13, 5, 4, 6));
        sessions.add(new LaggingSideRule.Rated(NOW.minus(Duration.ofDays(1)), 5, 6));
        assertThat(LaggingSideRule.of(sessions, NOW)).isEmpty();
        // One point more on the right of the last session: 2.0 apart.
        sessions.set(3, new LaggingSideRule.Rated(NOW.minus(Duration.ofDays(1)), 5, 7));
        assertThat(LaggingSideRule.of(sessions, NOW)).isPresent();
    }

    @Test
    void sessionsOlderThanTwoWeeksDoNotCount() {
        var sessions = new ArrayList<>(sessions(3, 10, 0, 3, 7));
        sessions.add(new LaggingSideRule.Rated(NOW.minus(Duration.ofDays(14)).minusSeconds(1), 3, 7));
        assertThat(LaggingSideRule.of(sessions, NOW))
                .as("a day over two weeks ago")
                .isEmpty();
        sessions.set(3, new LaggingSideRule.Rated(NOW.minus(Duration.ofDays(14)), 3, 7));
        assertThat(LaggingSideRule.of(sessions, NOW))
                .as("exactly two weeks ago")
                .isPresent();
    }

    @Test
    void sessionsCrowdedIntoLessThanAWeekAreNotALastingLag() {
        assertThat(LaggingSideRule.of(sessions(6, 6.9, 0, 2, 8), NOW)).isEmpty();
        assertThat(LaggingSideRule.of(sessions(6, 7, 0, 2, 8), NOW)).isPresent();
    }

    @Test
    void sessionsAfterNowAreLeftOut() {
        var sessions = new ArrayList<>(sessions(3, 13, 1, 3, 7));
        sessions.add(new LaggingSideRule.Rated(NOW.plusSeconds(60), 3, 7));
        assertThat(LaggingSideRule.of(sessions, NOW)).isEmpty();
    }
}
