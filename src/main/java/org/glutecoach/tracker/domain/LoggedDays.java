package org.glutecoach.tracker.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The summary's reporting query: a period's logged days for one person, read on the (account, date) key, with only
 * the columns a summary uses and each side's 7-day rolling sum and count worked out by the database (a window over
 * the dates, so a gap of days shortens the window as it does in Java). The same SQL runs on H2 2.x and PostgreSQL.
 *
 * <p>One window sum does the work of six (a sum and a count per side): each day's three ratings are packed into one
 * whole number, a field of {@value #FIELD_BITS} bits per side holding {@code 8 × rating + 1} (0 when the side was not
 * rated), so a field's window total is 8 × the ratings' sum plus the number of days rated. Ratings are 0-10 (the
 * table's check) and a 7-day window has at most 7 days, so a field's total is at most 7 × 81 = 567 and never
 * carries into the next field, and the count (at most 7) never carries into the sum. The rows come out in the
 * window's order (the day's number), so PostgreSQL sorts them once. H2 works out each window
 * function separately, row by row, which made six of them most of the five-year summary's time there (ADR 15).
 */
@Component
public class LoggedDays {

    private static final int FIELD_BITS = 10;
    private static final int FIELD = (1 << FIELD_BITS) - 1;

    /** The query, public for the scale benchmark's EXPLAIN. */
    public static final String PERIOD = """
            SELECT entry_date, half_hours_sitting, breaks, routine_done, wallet,
                soreness_left, soreness_right, soreness_middle, SUM(ratings) OVER recent AS recent_ratings
            FROM (
                SELECT entry_date, CAST(entry_date - CAST(:from AS DATE) AS INT) AS day_number, half_hours_sitting,
                    breaks, release_done OR activation_done AS routine_done,
                    POSITION('WALLET_IN_BACK_POCKET' IN sitting) > 0 AS wallet,
                    soreness_left, soreness_right, soreness_middle,
                    COALESCE(soreness_left * 8 + 1, 0) * 1048576 + COALESCE(soreness_right * 8 + 1, 0) * 1024
                        + COALESCE(soreness_middle * 8 + 1, 0) AS ratings
                FROM tracker_entries
                WHERE account_id = :account AND entry_date BETWEEN :from AND :to
            ) AS days
            WINDOW recent AS (ORDER BY day_number RANGE BETWEEN 6 PRECEDING AND CURRENT ROW)
            ORDER BY day_number""";

    private final JdbcClient jdbc;

    LoggedDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's logged days from one day to another (both included), oldest first. */
    public List<LoggedDay> between(UUID account, LocalDate from, LocalDate to) {
        return jdbc.sql(PERIOD)
                .param("account", account)
                .param("from", from)
                .param("to", to)
                .query((row, number) -> day(row))
                .list();
    }

    /** A row read by the columns' places in {@link #PERIOD}: by name, the driver looked each of a five-year period's up. */
    private static LoggedDay day(ResultSet row) throws SQLException {
        var halfHours = row.getObject(2, Integer.class);
        var recent = row.getLong(9);
        return new LoggedDay(
                row.getObject(1, LocalDate.class),
                halfHours == null ? null : halfHours / 2.0,
                row.getObject(3, Integer.class),
                row.getBoolean(4),
                row.getBoolean(5),
                rating(row, 6, recent >> (2 * FIELD_BITS)),
                rating(row, 7, recent >> FIELD_BITS),
                rating(row, 8, recent));
    }

    /** A side's rating with its window's sum and count, read from the low bits of {@code recent}. */
    private static LoggedDay.@Nullable Rating rating(ResultSet row, int column, long recent) throws SQLException {
        var value = row.getObject(column, Integer.class);
        var field = recent & FIELD;
        return value == null ? null : new LoggedDay.Rating(value, field >> 3, field & 7);
    }
}
