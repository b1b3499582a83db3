package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SingleUseLinkTests {

    private static final Instant MADE = Instant.parse("2026-03-29T00:30:00Z");

    /** The smallest link: what every real one (an address check, an invitation) adds is its purpose. */
    private static final class Link extends SingleUseLink {

        Link(UUID id, SingleUseSecret secret) {
            super(id, secret);
        }

        static Link issue(SingleUseSecret secret) {
            var link = new Link(UUID.randomUUID(), secret);
            link.markNew();
            return link;
        }
    }

    @Test
    void aLinkJustIssuedIsInsertedAndOneReadBackIsNot() {
        var secret = SingleUseSecret.issue(Duration.ofHours(1), at(MADE)).stored();

        var issued = Link.issue(secret);
        var readBack = new Link(issued.id(), secret);

        assertThat(issued.isNew()).isTrue();
        assertThat(readBack.isNew()).isFalse();
        assertThat(readBack.getId()).isEqualTo(issued.id());
    }

    @Test
    void itsTimesAndUseAreThoseOfItsSecret() {
        var secret = SingleUseSecret.issue(Duration.ofHours(1), at(MADE)).stored();
        var link = Link.issue(secret);

        assertThat(link.createdAt()).isEqualTo(MADE);
        assertThat(link.expiresAt()).isEqualTo(MADE.plus(Duration.ofHours(1)));
        assertThat(link.usable(at(MADE.plus(Duration.ofMinutes(59))))).isTrue();
        assertThat(link.usable(at(MADE.plus(Duration.ofHours(1))))).isFalse();
        assertThat(new Link(link.id(), secret.used(at(MADE))).usable(at(MADE.plusSeconds(1))))
                .isFalse();
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
