package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.KeptHealthData;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Routine sessions hold health answers, so they go with the health-data consent, as the tracker's days do. */
@IntegrationTest
class RoutinesConsentIntegrationTests {

    @Autowired
    RoutinesService routines;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Test
    void withdrawingTheHealthDataConsentDeletesTheSessionsUnlessThePersonKeepsThem() {
        var deleting = AccountFixtures.aVerifiedPerson(identity);
        var keeping = AccountFixtures.aVerifiedPerson(identity);
        for (var person : List.of(deleting, keeping)) {
            privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
            routines.recordSession(person.id(), session());
            assertThat(routines.sessions(person.id())).hasSize(1);
        }

        privacy.decide(deleting.id(), Map.of(ConsentKind.HEALTH_DATA, false), KeptHealthData.DELETE);
        privacy.decide(keeping.id(), Map.of(ConsentKind.HEALTH_DATA, false), KeptHealthData.KEEP_READ_ONLY);

        assertThat(routines.sessions(deleting.id())).isEmpty();
        assertThat(routines.sessions(keeping.id())).hasSize(1);
    }

    private static RecordSession session() {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return RoutineSessionsIntegrationTests.session(
                UUID.randomUUID(), "five-minute-release", now, List.of("ball-release-floor"));
    }
}
