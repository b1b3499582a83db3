package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting query for the "soreness rose by 2 points" rule over many people at once (the practice's client list):
 * only the rows the rule reads, in one query. For each person that is each side's first 3 rated days (the start)
 * and every day from {@code recentFrom} on (the last 7 days). A row returned for one side's start may carry another
 * side's rating from after that side's own start; it changes neither side's answer, as the rule takes the first 3
 * ratings and the last 7 days from whatever it is given. The same SQL runs on H2 2.x and PostgreSQL.
 */
@Component
public class SorenessScores {

    private static final String STARTS_AND_RECENT = """
            SELECT account_id, entry_date, soreness_left, soreness_right, soreness_middle
            FROM (
                SELECT account_id, entry_date, soreness_left, soreness_right, soreness_middle,
                    ROW_NUMBER() OVER (PARTITION BY account_id, soreness_left IS NULL ORDER BY entry_date) AS nth_left,
                    ROW_NUMBER() OVER (PARTITION BY account_id, soreness_right IS NULL ORDER BY entry_date)
                        AS nth_right,
                    ROW_NUMBER() OVER (PARTITION BY account_id, soreness_middle IS NULL ORDER BY entry_date)
                        AS nth_middle
                FROM tracker_entries
                WHERE account_id IN (:accounts) AND entry_date <= :to) rated
            WHERE entry_date >= :recentFrom
                OR (soreness_left IS NOT NULL AND nth_left <= 3)
                OR (soreness_right IS NOT NULL AND nth_right <= 3)
                OR (soreness_middle IS NOT NULL AND nth_middle <= 3)
            ORDER BY account_id, entry_date""";

    private final JdbcClient jdbc;

    SorenessScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One day's soreness ratings ({@code null} where the person did not rate a side). */
    public record Day(
            UUID account,
            LocalDate date,
            @Nullable Integer left,
            @Nullable Integer right,
            @Nullable Integer middle) {}

    /** The days the rule needs for these people, by person then date; no day after {@code to}. */
    public List<Day> startsAndRecent(Collection<UUID> accounts, LocalDate recentFrom, LocalDate to) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(STARTS_AND_RECENT)
                .param("accounts", List.copyOf(accounts))
                .param("recentFrom", recentFrom)
                .param("to", to)
                .query((row, number) -> new Day(
                        row.getObject("account_id", UUID.class),
                        row.getObject("entry_date", LocalDate.class),
                        row.getObject("soreness_left", Integer.class),
                        row.getObject("soreness_right", Integer.class),
                        row.getObject("soreness_middle", Integer.class)))
                .list();
    }
}
