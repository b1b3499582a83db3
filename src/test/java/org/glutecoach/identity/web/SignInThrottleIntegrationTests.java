package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.RateLimits;
import org.glutecoach.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sign-in limits on the shared limit store, with a per-IP limit of 5 (tests otherwise lift it). */
@IntegrationTest
class SignInThrottleIntegrationTests {

    @Autowired
    RateLimits limits;

    private SignInThrottle throttle() {
        return new SignInThrottle(limits, new SignInSettings(5, 5, Duration.ofMinutes(1), Duration.ofHours(1), 365));
    }

    @Test
    void secondStepCodesSentAllAtOnceGetNoMoreThanFiveTries() throws Exception {
        var throttle = throttle();
        var email = org.glutecoach.support.AccountFixtures.uniqueEmail();
        var net = uniqueNet();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            var tries = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (var i = 0; i < 20; i++) {
                var ip = net + i;
                tries.add(pool.submit(() -> throttle.tryCode("two-step", email, ip)));
            }
            var allowed = 0;
            for (var attempt : tries) {
                allowed += attempt.get() ? 1 : 0;
            }
            assertThat(allowed).as("codes checked out of 20 sent at once").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        throttle.codeAccepted("two-step", email, net + 0);
        assertThat(throttle.tryCode("two-step", email, net + 30))
                .as("a right code gives its try back")
                .isTrue();
    }

    @Test
    void fiveTriesForOneAccountMakeTheNextWaitFromAnyIp() {
        var throttle = throttle();
        var account = SignInThrottle.Counted.account(new AccountId(UUID.randomUUID()));
        var net = uniqueNet();
        for (var i = 0; i < 5; i++) {
            assertThat(throttle.trySignIn(account, net + i).allowed()).isTrue();
        }
        assertThat(throttle.trySignIn(account, net + 99).allowed()).isFalse();
        var other = SignInThrottle.Counted.account(new AccountId(UUID.randomUUID()));
        assertThat(throttle.trySignIn(other, net + 99).allowed()).isTrue();
    }

    @Test
    void anUnknownAddressIsCountedInItsNormalisedForm() {
        var throttle = throttle();
        var email = "sam-" + UUID.randomUUID() + "@example.com";
        var net = uniqueNet();
        for (var i = 0; i < 5; i++) {
            var typed = i % 2 == 0 ? " " + email.toUpperCase() + " " : SignInLimitsIntegrationTests.fullWidth(email);
            throttle.trySignIn(SignInThrottle.Counted.unknownAddress(typed), net + i);
        }
        assertThat(throttle.trySignIn(SignInThrottle.Counted.unknownAddress(email), net + 9)
                        .allowed())
                .isFalse();
    }

    @Test
    void fiveFailuresFromOneIpMakeTheNextTryWaitForAnyAccountButNotForARememberedDevice() {
        var throttle = throttle();
        var ip = uniqueNet() + "7";
        for (var i = 0; i < 5; i++) {
            throttle.trySignIn(SignInThrottle.Counted.account(new AccountId(UUID.randomUUID())), ip);
        }
        var someoneNew = new AccountId(UUID.randomUUID());
        assertThat(throttle.trySignIn(SignInThrottle.Counted.account(someoneNew), ip)
                        .allowed())
                .isFalse();
        assertThat(throttle.trySignIn(SignInThrottle.Counted.device(someoneNew, "phone"), ip)
                        .allowed())
                .isTrue();
    }

    @Test
    void aSuccessfulSignInIsNotCountedAgainstTheIp() {
        var throttle = throttle();
        var ip = uniqueNet() + "8";
        for (var i = 0; i < 20; i++) {
            var counted = SignInThrottle.Counted.account(new AccountId(UUID.randomUUID()));
            assertThat(throttle.trySignIn(counted, ip).allowed()).isTrue();
            throttle.signedIn(counted, ip);
        }
    }

    @Test
    void resetRequestsAreCountedApartFromSignIns() {
        var throttle = throttle();
        var email = "sam-" + UUID.randomUUID() + "@example.com";
        var net = uniqueNet();
        for (var i = 0; i < 5; i++) {
            throttle.count("reset", email, net + i);
        }
        assertThat(throttle.allows("reset", SignInLimitsIntegrationTests.fullWidth(email), net + 20))
                .isFalse();
        assertThat(throttle.allows("two-step", email, net + 21)).isTrue();
    }

    /** A made-up network per test, so counts of other tests (and runs) never meet. */
    private static String uniqueNet() {
        return "test-" + UUID.randomUUID() + "-";
    }
}
