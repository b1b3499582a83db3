package org.glutecoach.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.identity.AccessTokenView;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.shared.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity_access_tokens} table. Every read and change names the owning account. */
@Repository
public class AccessTokens {

    /** Writing "last used" on every API call would cost a write per request; once a minute is enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who a token belongs to and what it may do. */
    public record Holder(UUID accountId, TokenScope scope) {}

    public AccessTokenView add(UUID accountId, String name, TokenScope scope, String secret) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                INSERT INTO identity_access_tokens (id, account_id, name, token_hash, scope, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, name, Secrets.hash(secret), scope.name(), Timestamp.from(now))
                .update();
        return new AccessTokenView(id, name, scope, now, null);
    }

    public List<AccessTokenView> of(UUID accountId) {
        return jdbc.sql("""
                SELECT id, name, scope, created_at, last_used_at FROM identity_access_tokens
                WHERE account_id = ? ORDER BY created_at""")
                .param(accountId)
                .query((rs, row) -> new AccessTokenView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        TokenScope.valueOf(rs.getString("scope")),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Revokes one of the account's own tokens; another account's token id simply matches nothing. */
    public boolean revoke(UUID accountId, UUID tokenId) {
        return jdbc.sql("DELETE FROM identity_access_tokens WHERE id = ? AND account_id = ?")
                        .params(tokenId, accountId)
                        .update()
                == 1;
    }

    /** Revokes every token of the account (a reset, "sign out everywhere", a password change unless kept). */
    public int revokeAll(UUID accountId) {
        return jdbc.sql("DELETE FROM identity_access_tokens WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** The holder of a token, noting when it was used (at most once a minute, to spare a write per call). */
    public Optional<Holder> use(String secret) {
        var hash = Secrets.hash(secret);
        var found = jdbc.sql("SELECT account_id, scope, last_used_at FROM identity_access_tokens WHERE token_hash = ?")
                .param(hash)
                .query((rs, row) -> new Found(
                        new Holder(rs.getObject("account_id", UUID.class), TokenScope.valueOf(rs.getString("scope"))),
                        instant(rs.getTimestamp("last_used_at"))))
                .optional();
        found.ifPresent(token -> {
            var now = clock.instant();
            if (token.lastUsedAt() == null
                    || token.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                jdbc.sql("UPDATE identity_access_tokens SET last_used_at = ? WHERE token_hash = ?")
                        .params(Timestamp.from(now), hash)
                        .update();
            }
        });
        return found.map(Found::holder);
    }

    private record Found(Holder holder, @Nullable Instant lastUsedAt) {}

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
