package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Only a confirmed, recent passed screen opens the player: a session sent through the API is not a way round it. */
@IntegrationTest
class RoutinesReadinessIntegrationTests {

    @Autowired
    RoutinesService routines;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Test
    void aSessionRecordedWithoutTheScreenDoesNotOpenThePlayer() {
        var person = RoutineSessionsIntegrationTests.aConsentingPerson(identity, privacy);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        routines.recordSession(
                person.id(),
                RoutineSessionsIntegrationTests.session(
                        UUID.randomUUID(), "five-minute-release", now, List.of("ball-release-floor")));

        assertThat(routines.sessions(person.id())).hasSize(1);
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.TAKE_SCREEN);
    }
}
