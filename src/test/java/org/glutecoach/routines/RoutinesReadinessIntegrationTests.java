package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
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

    @Test
    void aSessionRecordedWithoutTheScreenDoesNotOpenThePlayer() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        routines.recordSession(
                person.id(),
                RoutineSessionsIntegrationTests.session(
                        UUID.randomUUID(), "five-minute-release", now, List.of("ball-release-floor")));

        assertThat(routines.sessions(person.id())).hasSize(1);
        assertThat(routines.readiness(person.id())).isEqualTo(Readiness.TAKE_SCREEN);
    }
}
