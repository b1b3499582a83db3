package org.glutecoach.selfcheck.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.glutecoach.selfcheck.RedFlagWeekView;
import org.glutecoach.shared.DefaultTimeZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the stored screens say: whether someone passed one lately, and how many were shown week by week. */
@Component
public class ScreenHistory {

    /** Weeks are counted in the practice's time, the UK's. */
    static final ZoneId PRACTICE_ZONE = DefaultTimeZone.ZONE;

    private final JdbcClient jdbc;

    ScreenHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A kept result with no red flag (SELF_CARE) whose answers were evaluated since then, with no EMERGENCY, URGENT
     * or SOON screen shown to the same account at or after that evaluation. The evaluation's time counts, not when
     * the result was kept: a result shown weeks ago and kept today is not a fresh pass (issue 11), and one whose
     * evaluation time is not known never counts.
     */
    public boolean passedFullScreenSince(UUID account, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM selfcheck_results r WHERE r.account_id = ? AND r.outcome = 'SELF_CARE'
                    AND r.evaluated_at >= ? AND NOT EXISTS (SELECT 1 FROM selfcheck_red_flag_events e
                        WHERE e.account_id = ? AND e.tier IN ('EMERGENCY', 'URGENT', 'SOON')
                            AND e.shown_at >= r.evaluated_at)""")
                        .params(account, Timestamp.from(since), account)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The last {@code weeks} ISO weeks, this one included, oldest first, each with its counts (zero if none). */
    public List<RedFlagWeekView> weeks(int weeks, Clock clock) {
        var thisMonday = LocalDate.ofInstant(clock.instant(), PRACTICE_ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var first = thisMonday.minusWeeks(weeks - 1L);
        var counts = new LinkedHashMap<LocalDate, long[]>();
        for (int i = 0; i < weeks; i++) {
            counts.put(first.plusWeeks(i), new long[4]);
        }
        // Plain columns, counted here: the same SQL on H2 and PostgreSQL, and weeks in UK time whatever the
        // database's own time zone.
        jdbc.sql("SELECT shown_at, tier, user_tapped_call FROM selfcheck_red_flag_events WHERE shown_at >= ?")
                .param(Timestamp.from(first.atStartOfDay(PRACTICE_ZONE).toInstant()))
                .query(rs -> {
                    var monday = LocalDate.ofInstant(rs.getTimestamp("shown_at").toInstant(), PRACTICE_ZONE)
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    var week = counts.get(monday);
                    if (week != null) {
                        switch (rs.getString("tier")) {
                            case "EMERGENCY" -> week[0]++;
                            case "URGENT" -> week[1]++;
                            default -> week[2]++;
                        }
                        week[3] += rs.getBoolean("user_tapped_call") ? 1 : 0;
                    }
                });
        var result = new ArrayList<RedFlagWeekView>();
        counts.forEach((monday, c) -> result.add(new RedFlagWeekView(
                monday,
                monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                c[0],
                c[1],
                c[2],
                c[3])));
        return result;
    }
}
