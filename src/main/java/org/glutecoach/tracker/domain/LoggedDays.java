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
 */
@Component
public class LoggedDays {

    /** The query, public for the scale benchmark's EXPLAIN. */
    public static final String PERIOD = """
            SELECT entry_date, half_hours_sitting, breaks, release_done OR activation_done AS routine_done,
                POSITION('WALLET_IN_BACK_POCKET' IN sitting) > 0 AS wallet,
                soreness_left, SUM(soreness_left) OVER recent AS left_sum,
                    COUNT(soreness_left) OVER recent AS left_count,
                soreness_right, SUM(soreness_right) OVER recent AS right_sum,
                    COUNT(soreness_right) OVER recent AS right_count,
                soreness_middle, SUM(soreness_middle) OVER recent AS middle_sum,
                    COUNT(soreness_middle) OVER recent AS middle_count
            FROM tracker_entries
            WHERE account_id = :account AND entry_date BETWEEN :from AND :to
            WINDOW recent AS (ORDER BY entry_date RANGE BETWEEN INTERVAL '6' DAY PRECEDING AND CURRENT ROW)
            ORDER BY entry_date""";

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

    private static LoggedDay day(ResultSet row) throws SQLException {
        var halfHours = row.getObject("half_hours_sitting", Integer.class);
        return new LoggedDay(
                row.getObject("entry_date", LocalDate.class),
                halfHours == null ? null : halfHours / 2.0,
                row.getObject("breaks", Integer.class),
                row.getBoolean("routine_done"),
                row.getBoolean("wallet"),
                rating(row, "soreness_left", "left"),
                rating(row, "soreness_right", "right"),
                rating(row, "soreness_middle", "middle"));
    }

    private static LoggedDay.@Nullable Rating rating(ResultSet row, String column, String side) throws SQLException {
        var value = row.getObject(column, Integer.class);
        return value == null
                ? null
                : new LoggedDay.Rating(value, row.getLong(side + "_sum"), row.getLong(side + "_count"));
    }
}
