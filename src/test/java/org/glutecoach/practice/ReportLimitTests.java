package org.glutecoach.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.glutecoach.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The hourly cap on problem reports: full after the limit, room again as the hour moves on. */
class ReportLimitTests {

    @Test
    void theCapFillsAndEmptiesWithTheHour() {
        var clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        var limit = new ReportLimit(3, clock);
        assertThat(limit.tryTake()).isTrue();
        clock.set(clock.instant().plus(Duration.ofMinutes(20)));
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).isTrue();
        assertThat(limit.tryTake()).as("a fourth within the hour").isFalse();
        clock.set(Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(limit.tryTake()).as("the first one is an hour old").isTrue();
        assertThat(limit.tryTake()).isFalse();
        clock.set(Instant.parse("2026-12-01T11:20:00Z"));
        assertThat(limit.tryTake()).isTrue();
    }
}
