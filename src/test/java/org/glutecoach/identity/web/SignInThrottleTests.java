package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final SignInThrottle throttle = new SignInThrottle(5, 5);

    @Test
    void fiveFailuresForOneAddressMakeTheNextTryWaitFromAnyIp() {
        for (var i = 0; i < 5; i++) {
            assertThat(throttle.allows("sign-in", "sam@example.com", "10.0.0." + i)).isTrue();
            throttle.count("sign-in", "sam@example.com", "10.0.0." + i);
        }
        assertThat(throttle.allows("sign-in", " SAM@example.com ", "10.0.0.99")).isFalse();
        assertThat(throttle.allows("sign-in", "alex@example.com", "10.0.0.99")).isTrue();
    }

    @Test
    void fiveFailuresFromOneIpMakeTheNextTryWaitForAnyAddress() {
        for (var i = 0; i < 5; i++) {
            throttle.count("sign-in", "person" + i + "@example.com", "192.0.2.7");
        }
        assertThat(throttle.allows("sign-in", "someone-new@example.com", "192.0.2.7")).isFalse();
        assertThat(throttle.allows("sign-in", "someone-new@example.com", "192.0.2.8")).isTrue();
    }

    @Test
    void signInAndResetAreCountedApart() {
        for (var i = 0; i < 5; i++) {
            throttle.count("reset", "sam@example.com", "192.0.2.9");
        }
        assertThat(throttle.allows("reset", "sam@example.com", "192.0.2.10")).isFalse();
        assertThat(throttle.allows("sign-in", "sam@example.com", "192.0.2.9")).isTrue();
    }
}
