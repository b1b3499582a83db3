package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.glutecoach.shared.RateLimits.Rule;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The limit store on the database: quotas, growing waits, forgetting, and tries at the same moment. */
@IntegrationTest
class RateLimitsIntegrationTests {

    private static final Instant START = Instant.parse("2100-01-04T09:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock(START);

    private RateLimits limits() {
        return new RateLimits(jdbc, transactions, clock, 3, 10);
    }

    @Test
    void aQuotaAllowsSoManyPerWindowCountedFromTheFirst() {
        var limits = limits();
        var key = key();
        var rule = Rule.quota(3, Duration.ofDays(1));
        for (var i = 1; i <= 3; i++) {
            assertThat(limits.take(key, rule).allowed()).as("try " + i).isTrue();
            clock.set(clock.instant().plus(Duration.ofHours(1)));
        }
        assertThat(limits.take(key, rule).allowed()).isFalse();
        assertThat(limits.allows(key)).isFalse();
        clock.set(START.plus(Duration.ofDays(1)));
        assertThat(limits.allows(key)).isTrue();
        assertThat(limits.take(key, rule).allowed()).as("a new day").isTrue();
    }

    @Test
    void afterTheFreeTriesEachWaitIsTwiceTheLastUpToTheLongest() {
        var limits = limits();
        var key = key();
        var rule = Rule.backOff(3, Duration.ofMinutes(1), Duration.ofMinutes(8), Duration.ofDays(1));
        for (var i = 0; i < 3; i++) {
            assertThat(limits.take(key, rule).allowed()).isTrue();
        }
        var waits = new ArrayList<Duration>();
        for (var i = 0; i < 6; i++) {
            var refused = limits.take(key, rule);
            assertThat(refused.allowed()).isFalse();
            waits.add(Duration.between(clock.instant(), refused.nextAllowed()));
            clock.set(refused.nextAllowed().minusSeconds(1));
            assertThat(limits.take(key, rule).allowed()).as("a second early").isFalse();
            clock.set(refused.nextAllowed());
            assertThat(limits.take(key, rule).allowed()).as("on time").isTrue();
        }
        assertThat(waits)
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(8));
    }

    @Test
    void growingWaitsAreForgottenAfterAQuietDayOrWhenCleared() {
        var limits = limits();
        var key = key();
        var rule = Rule.backOff(2, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));
        limits.take(key, rule);
        limits.take(key, rule);
        assertThat(limits.take(key, rule).allowed()).isFalse();
        clock.set(START.plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(limits.take(key, rule).hits()).as("counted afresh").isEqualTo(1);
        limits.take(key, rule);
        limits.clear(key);
        assertThat(limits.take(key, rule).hits()).isEqualTo(1);
    }

    @Test
    void aTryGivenBackNoLongerCounts() {
        var limits = limits();
        var key = key();
        var rule = Rule.quota(2, Duration.ofMinutes(15));
        limits.take(key, rule);
        limits.take(key, rule);
        assertThat(limits.allows(key)).isFalse();
        limits.giveBack(key, rule);
        assertThat(limits.allows(key)).isTrue();
        assertThat(limits.take(key, rule).allowed()).isTrue();
        assertThat(limits.take(key, rule).allowed()).isFalse();
    }

    @Test
    void triesAtTheSameMomentAreCountedOneByOne() throws Exception {
        var limits = limits();
        var key = key();
        var rule = Rule.quota(5, Duration.ofHours(1));
        var pool = Executors.newFixedThreadPool(16);
        try {
            var tries = new ArrayList<Callable<Boolean>>();
            for (var i = 0; i < 60; i++) {
                tries.add(() -> limits.take(key, rule).allowed());
            }
            var allowed = 0;
            for (var result : pool.invokeAll(tries)) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void triesAndClearsAtTheSameMomentNeverFail() throws Exception {
        // As in sign-in under load: each success clears the count while other tries are counting.
        var limits = new RateLimits(jdbc, transactions, java.time.Clock.systemUTC(), 3, 10);
        var key = key();
        var rule = Rule.quota(1_000_000, Duration.ofHours(1));
        var pool = Executors.newFixedThreadPool(8);
        try {
            var work = new ArrayList<Callable<Integer>>();
            for (var i = 0; i < 8; i++) {
                work.add(() -> {
                    for (var j = 0; j < 100; j++) {
                        limits.take(key, rule);
                        limits.clear(key);
                    }
                    return 100;
                });
            }
            for (var done : pool.invokeAll(work)) {
                assertThat(done.get()).isEqualTo(100);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void expiredRowsAreDeleted() {
        var limits = limits();
        var key = key();
        limits.take(key, Rule.quota(3, Duration.ofMinutes(15)));
        clock.set(START.plus(Duration.ofMinutes(16)));
        assertThat(limits.forgetExpired()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shared_rate_limits WHERE limit_key = ?")
                        .param(Secrets.hash(key))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void keysAreStoredOnlyAsHashes() {
        var limits = limits();
        var address = "person-" + UUID.randomUUID() + "@example.com";
        limits.takeConfirmationMail(address);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shared_rate_limits WHERE limit_key LIKE ?")
                        .param("%" + address + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shared_rate_limits WHERE limit_key = ?")
                        .param(Secrets.hash("confirmation-mail:" + address))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }
}
