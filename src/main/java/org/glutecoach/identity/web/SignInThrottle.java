package org.glutecoach.identity.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: 5 failed sign-ins (or reset requests) in 15 minutes, per address and per client
 * IP, and a further try has to wait. The buckets live in this instance's memory, so with N instances behind a
 * load balancer the real limit is up to N times higher; see docs/adr/0007-accounts-and-mail.md.
 */
@Component
class SignInThrottle {

    static final int TRIES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(200_000).build();
    private final int triesPerAddress;
    private final int triesPerIp;

    SignInThrottle(@Value("${glutecoach.sign-in.tries-per-address:5}") int triesPerAddress,
            @Value("${glutecoach.sign-in.tries-per-ip:5}") int triesPerIp) {
        this.triesPerAddress = triesPerAddress;
        this.triesPerIp = triesPerIp;
    }

    /** Whether another try from this address and IP may go ahead now; takes nothing. */
    boolean allows(String kind, String email, String ip) {
        return bucket(kind, "email:" + normalised(email), triesPerAddress).getAvailableTokens() > 0
                && bucket(kind, "ip:" + ip, triesPerIp).getAvailableTokens() > 0;
    }

    /** Counts one try against both the address and the IP. */
    void count(String kind, String email, String ip) {
        bucket(kind, "email:" + normalised(email), triesPerAddress).tryConsume(1);
        bucket(kind, "ip:" + ip, triesPerIp).tryConsume(1);
    }

    private Bucket bucket(String kind, String key, int tries) {
        return buckets.get(kind + ":" + key, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(tries).refillIntervally(tries, WINDOW).build())
                .build());
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
