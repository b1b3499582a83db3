package org.glutecoach.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts tries (sign-ins, resets, sign-ups, mails to one recipient) in the database, so every instance sees one
 * count and adding an instance does not multiply an attacker's tries. A key names who is counted ("sign-in:ip:…");
 * it is stored only as a SHA-256 hash, since keys hold addresses. Each call is one short transaction on one row
 * (or joins the caller's), locked while it is read and written, so simultaneous tries are counted one by one.
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Rule confirmationMails;
    private final Rule newcomersPerIp;

    @Autowired
    RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, SharedSettings settings) {
        this(
                jdbc,
                transactions,
                clock,
                settings.limits().confirmationMailsPerDay(),
                settings.limits().signUpsPerIp());
    }

    RateLimits(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            int confirmationMailsPerDay,
            int signUpsPerIpAndHour) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        // Inside a caller's transaction a count runs under a savepoint: its row lock is held until the caller ends
        // (so sign-ups of one address take turns), yet a lock timeout rolls back only the count. PostgreSQL would
        // otherwise abort the caller's whole transaction and its next statement would fail.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.confirmationMails = Rule.quota(confirmationMailsPerDay, Duration.ofDays(1));
        this.newcomersPerIp = Rule.quota(signUpsPerIpAndHour, Duration.ofHours(1));
    }

    /**
     * Counts a confirmation mail (sign-up, enrolment) to a recipient: false once it has had its few for the day,
     * whoever asked. Callers then answer as usual and send nothing, so the asker learns nothing of the address.
     */
    public boolean takeConfirmationMail(String normalisedAddress) {
        return take("confirmation-mail:" + normalisedAddress, confirmationMails).allowed();
    }

    /** Counts a sign-up or an enrolment ({@code what}) from a client IP: false once it has had its few an hour. */
    public boolean takeSignUp(String what, String clientIp) {
        return take(what + ":ip:" + clientIp, newcomersPerIp).allowed();
    }

    /**
     * How many tries a key gets. With no wait ({@link #quota}) it is at most {@code free} tries per window,
     * counted from the first. With a wait ({@link #backOff}), after {@code free} tries each further try must wait
     * {@code firstWait}, then twice that, and so on up to {@code longestWait}; the count is forgotten after
     * {@code window} without a try.
     */
    public record Rule(int free, Duration window, Duration firstWait, Duration longestWait) {

        public static Rule quota(int free, Duration window) {
            return new Rule(free, window, Duration.ZERO, Duration.ZERO);
        }

        public static Rule backOff(int free, Duration firstWait, Duration longestWait, Duration forgetAfter) {
            return new Rule(free, forgetAfter, firstWait, longestWait);
        }

        boolean growing() {
            return !firstWait.isZero();
        }

        Duration waitAfter(int hits) {
            var doublings = Math.min(hits - free, 30);
            var wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }

    /** The answer to a try: whether it may go ahead, the tries counted so far, and when the next may come. */
    public record Try(boolean allowed, int hits, Instant nextAllowed) {}

    /**
     * Counts a try if the rule allows it now; a refused try changes nothing. If the count cannot be had in time
     * (a database lock timeout under a flood of tries at one key), the try is refused: the limit fails closed.
     */
    public Try take(String key, Rule rule) {
        var result = transaction.execute(status -> {
            try {
                return counted(key, rule);
            } catch (TransientDataAccessException busy) {
                status.setRollbackOnly();
                log.warn("A try at a busy limit was refused: {}", busy.getMessage());
                return new Try(false, -1, clock.instant());
            }
        });
        forgetExpiredNowAndThen();
        return result;
    }

    private Try counted(String key, Rule rule) {
        var row = locked(Secrets.hash(key), rule, clock.instant());
        // The time once the row is ours: a try that waited for the lock must not count as earlier than
        // the one it waited for.
        var now = clock.instant();
        if (now.isBefore(row.nextAllowed())) {
            return new Try(false, row.hits(), row.nextAllowed());
        }
        var hits = row.hits() + 1;
        Instant nextAllowed;
        Instant expires;
        // Under the limit, the next try may come at once: the window's start is as early as it gets.
        if (rule.growing()) {
            nextAllowed = hits >= rule.free() ? now.plus(rule.waitAfter(hits)) : row.windowStart();
            expires = later(now.plus(rule.window()), nextAllowed);
        } else {
            expires = row.windowStart().plus(rule.window());
            nextAllowed = hits >= rule.free() ? expires : row.windowStart();
        }
        jdbc.sql("""
                UPDATE shared_rate_limits SET hits = ?, window_start = ?, next_allowed = ?, expires_at = ?
                WHERE limit_key = ?""")
                .params(
                        hits,
                        Timestamp.from(row.windowStart()),
                        Timestamp.from(nextAllowed),
                        Timestamp.from(expires),
                        Secrets.hash(key))
                .update();
        return new Try(true, hits, nextAllowed);
    }

    /** Whether a try would be allowed now, without counting it. */
    public boolean allows(String key) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                SELECT COUNT(*) FROM shared_rate_limits
                WHERE limit_key = ? AND next_allowed > ? AND expires_at > ?""")
                        .params(Secrets.hash(key), now, now)
                        .query(Integer.class)
                        .single()
                == 0;
    }

    /** Gives one counted try back (a try that turned out well and should not count towards the limit). */
    public void giveBack(String key, Rule rule) {
        transaction.executeWithoutResult(status -> {
            try {
                var row = locked(Secrets.hash(key), rule, clock.instant());
                var hits = Math.max(0, row.hits() - 1);
                var nextAllowed = hits < rule.free() ? row.windowStart() : row.nextAllowed();
                jdbc.sql("UPDATE shared_rate_limits SET hits = ?, next_allowed = ? WHERE limit_key = ?")
                        .params(hits, Timestamp.from(nextAllowed), Secrets.hash(key))
                        .update();
            } catch (TransientDataAccessException busy) {
                status.setRollbackOnly();
                log.warn("A try could not be given back to a busy limit: {}", busy.getMessage());
            }
        });
    }

    /** Forgets every try counted for the key. */
    public void clear(String key) {
        transaction.executeWithoutResult(status -> {
            try {
                jdbc.sql("DELETE FROM shared_rate_limits WHERE limit_key = ?")
                        .param(Secrets.hash(key))
                        .update();
            } catch (TransientDataAccessException busy) {
                status.setRollbackOnly();
                log.warn("A busy limit could not be cleared: {}", busy.getMessage());
            }
        });
    }

    private record Row(int hits, Instant windowStart, Instant nextAllowed) {}

    /** The key's row, made if missing and started afresh if expired, locked until the transaction ends. */
    private Row locked(String hash, Rule rule, Instant now) {
        for (var attempt = 0; attempt < 100; attempt++) {
            var row = jdbc.sql("""
                    SELECT hits, window_start, next_allowed, expires_at FROM shared_rate_limits
                    WHERE limit_key = ? FOR UPDATE""")
                    .param(hash)
                    .query((rs, n) -> rs.getTimestamp("expires_at").toInstant().isAfter(now)
                            ? new Row(
                                    rs.getInt("hits"),
                                    rs.getTimestamp("window_start").toInstant(),
                                    rs.getTimestamp("next_allowed").toInstant())
                            : new Row(0, now, now))
                    .optional();
            if (row.isPresent()) {
                return row.get();
            }
            // No row yet (or a successful sign-in just cleared it). Two first tries at once both insert:
            // ON CONFLICT lets the second wait for the first, and both then lock the one row.
            var at = Timestamp.from(now);
            jdbc.sql("""
                    INSERT INTO shared_rate_limits (limit_key, hits, window_start, next_allowed, expires_at)
                    VALUES (?, 0, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(hash, at, at, Timestamp.from(now.plus(rule.window())))
                    .update();
        }
        throw new IllegalStateException("The limit row keeps being deleted under a try");
    }

    private void forgetExpiredNowAndThen() {
        // About one try in 200 clears expired rows too, so a busy table stays small between the hourly clean-ups.
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            forgetExpired();
        }
    }

    /** Deletes the rows that no longer count (run hourly by {@code RateLimitsConfiguration}); returns how many. */
    int forgetExpired() {
        return jdbc.sql("DELETE FROM shared_rate_limits WHERE expires_at < ?")
                .param(Timestamp.from(clock.instant()))
                .update();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
