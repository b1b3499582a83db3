package org.glutecoach.tracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.glutecoach.tracker.ChartWeek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The long charts' reporting query: one person's period summed week by week in SQL (sums and counts per measure,
 * {@link Weeks} divides them), read on the (account, date) key like {@link LoggedDays}. A week is a block of seven
 * days counted back from the period's last day, worked out from dates alone. The same SQL runs on H2 2.x and
 * PostgreSQL: the week's number is grouped on in a derived table, because PostgreSQL would not see two uses of the
 * {@code :to} parameter as one expression.
 */
@Component
public class LoggedWeeks {

    /** The query, public for the scale benchmark's EXPLAIN. */
    public static final String WEEKS = """
            SELECT weeks_back, COUNT(*) AS days_logged,
                SUM(soreness_left) AS left_sum, COUNT(soreness_left) AS left_days,
                SUM(soreness_right) AS right_sum, COUNT(soreness_right) AS right_days,
                SUM(soreness_middle) AS middle_sum, COUNT(soreness_middle) AS middle_days,
                SUM(half_hours_sitting) AS half_hours_sum, COUNT(half_hours_sitting) AS hours_days,
                SUM(breaks) AS breaks_sum, COUNT(breaks) AS breaks_days,
                SUM(CASE WHEN release_done OR activation_done THEN 1 ELSE 0 END) AS routine_days
            FROM (
                SELECT CAST(CAST(:to AS DATE) - entry_date AS INT) / 7 AS weeks_back, soreness_left, soreness_right,
                    soreness_middle, half_hours_sitting, breaks, release_done, activation_done
                FROM tracker_entries
                WHERE account_id = :account AND entry_date BETWEEN :from AND :to
            ) AS days
            GROUP BY weeks_back""";

    private final JdbcClient jdbc;

    LoggedWeeks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every week of the period, oldest first, weeks with nothing filled in included with no means (gaps). */
    public List<ChartWeek> between(UUID account, LocalDate from, LocalDate to) {
        var sums = jdbc.sql(WEEKS)
                .param("account", account)
                .param("from", from)
                .param("to", to)
                .query((row, number) -> new Weeks.Sums(
                        row.getInt("weeks_back"),
                        row.getInt("days_logged"),
                        row.getLong("left_sum"),
                        row.getInt("left_days"),
                        row.getLong("right_sum"),
                        row.getInt("right_days"),
                        row.getLong("middle_sum"),
                        row.getInt("middle_days"),
                        row.getLong("half_hours_sum"),
                        row.getInt("hours_days"),
                        row.getLong("breaks_sum"),
                        row.getInt("breaks_days"),
                        row.getInt("routine_days")))
                .list();
        return Weeks.ofSums(sums, from, to);
    }
}
