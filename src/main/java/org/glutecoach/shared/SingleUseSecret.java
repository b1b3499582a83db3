package org.glutecoach.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What every single-use link shares, whatever it is for: the SHA-256 hash of its secret (the secret itself exists
 * once, in the link), when it stops working, whether it was used, and when it was made. Embedded in the aggregate
 * that owns the link, so its table keeps the columns {@code token_hash}, {@code expires_at}, {@code used_at} and
 * {@code created_at}. Using one for a one-time action is the database's job ({@code UPDATE … WHERE used_at IS
 * NULL}), so two submissions at once cannot both pass.
 */
public record SingleUseSecret(
        String tokenHash, Instant expiresAt, @Nullable Instant usedAt, Instant createdAt) {

    /** The stored part and the secret, which the caller puts in a link and then forgets. */
    public record Issued(SingleUseSecret stored, String secret) {}

    public static Issued issue(Duration lifetime, Clock clock) {
        var secret = Secrets.random(32);
        var now = clock.instant();
        return new Issued(new SingleUseSecret(Secrets.hash(secret), now.plus(lifetime), null, now), secret);
    }

    /** The hash under which a link's secret is stored, to find the link it came from. */
    public static String hashOf(String secret) {
        return Secrets.hash(secret);
    }

    public boolean usable(Clock clock) {
        return usedAt == null && clock.instant().isBefore(expiresAt);
    }

    public SingleUseSecret used(Clock clock) {
        return new SingleUseSecret(tokenHash, expiresAt, clock.instant(), createdAt);
    }
}
