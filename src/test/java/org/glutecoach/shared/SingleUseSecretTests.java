package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SingleUseSecretTests {

    private static final Instant MADE = Instant.parse("2026-03-29T00:30:00Z");

    @Test
    void onlyTheHashIsStoredAndItFindsTheLinkAgain() {
        var issued = SingleUseSecret.issue(Duration.ofHours(1), at(MADE));

        assertThat(issued.stored().tokenHash()).isNotEqualTo(issued.secret());
        assertThat(SingleUseSecret.hashOf(issued.secret()))
                .isEqualTo(issued.stored().tokenHash());
        assertThat(issued.stored().createdAt()).isEqualTo(MADE);
    }

    @Test
    void worksUntilTheMomentItExpires() {
        var stored = SingleUseSecret.issue(Duration.ofHours(1), at(MADE)).stored();

        assertThat(stored.usable(at(MADE.plus(Duration.ofMinutes(59))))).isTrue();
        assertThat(stored.usable(at(MADE.plus(Duration.ofHours(1))))).isFalse();
    }

    @Test
    void aUsedSecretNeverWorksAgain() {
        var stored = SingleUseSecret.issue(Duration.ofHours(1), at(MADE)).stored();

        var used = stored.used(at(MADE.plusSeconds(5)));

        assertThat(used.usable(at(MADE.plusSeconds(6)))).isFalse();
        assertThat(used.usedAt()).isEqualTo(MADE.plusSeconds(5));
    }

    @Test
    void everyIssueIsADifferentSecret() {
        assertThat(SingleUseSecret.issue(Duration.ofHours(1), at(MADE)).secret())
                .isNotEqualTo(
                        SingleUseSecret.issue(Duration.ofHours(1), at(MADE)).secret());
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
