package org.glutecoach.routines;

import static org.assertj.core.api.Assertions.assertThat;

import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.RunningApp;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;

/**
 * With every setting at its default, as in production ({@link RunningApp}), {@code ?scale=} cannot shorten a
 * routine: the address is sent to the routine at its full doses.
 */
class ShortenedDosesOffIntegrationTests {

    @Test
    void anAddressWithScaleIsSentToTheFullRoutine() {
        var app = RunningApp.withoutMailServer();
        assertThat(app.bean(RoutinesService.class).allowsShortenedDoses()).isFalse();
        // No mail server here, so no verification link: an unverified person signs in all the same.
        var person = AccountFixtures.aPerson(app.bean(IdentityService.class));
        var visitor = Visitor.at(app.port());
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var response = visitor.get("/routines/five-minute-release/play?scale=0.05");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/routines/five-minute-release/play"));
        assertThat(visitor.get("/routines/five-minute-release/play").statusCode())
                .isEqualTo(200);
    }
}
