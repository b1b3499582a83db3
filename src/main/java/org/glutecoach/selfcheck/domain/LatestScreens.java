package org.glutecoach.selfcheck.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.glutecoach.selfcheck.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting query for many people at once (the practice's client list): each person's newest kept result (its
 * outcome, and when it was evaluated, else kept) and their latest red-flag screen, in one query over both tables
 * on their account indexes. The same SQL runs on H2 2.x and PostgreSQL.
 */
@Component
public class LatestScreens {

    private static final String LATEST = """
            SELECT account_id, outcome, kept_at AS happened_at
            FROM (
                SELECT account_id, outcome, COALESCE(evaluated_at, taken_at) AS kept_at,
                    ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY taken_at DESC, id) AS newest
                FROM selfcheck_results
                WHERE account_id IN (:accounts)) kept
            WHERE newest = 1
            UNION ALL
            SELECT account_id, CAST(NULL AS VARCHAR(20)), MAX(shown_at)
            FROM selfcheck_red_flag_events
            WHERE account_id IN (:accounts)
            GROUP BY account_id""";

    private final JdbcClient jdbc;

    LatestScreens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A person's newest kept result ({@code outcome} set) or latest red-flag screen ({@code outcome} null), at
     * most one of each per person.
     */
    public record Latest(UUID account, @Nullable Outcome outcome, Instant at) {}

    public List<Latest> of(Collection<UUID> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LATEST)
                .param("accounts", List.copyOf(accounts))
                .query((row, number) -> {
                    var outcome = row.getString("outcome");
                    return new Latest(
                            row.getObject("account_id", UUID.class),
                            outcome == null ? null : Outcome.valueOf(outcome),
                            row.getObject("happened_at", java.time.OffsetDateTime.class)
                                    .toInstant());
                })
                .list();
    }
}
