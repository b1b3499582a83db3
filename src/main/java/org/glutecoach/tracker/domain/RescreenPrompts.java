package org.glutecoach.tracker.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.tracker.Side;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rise in soreness of 2 points or more on any side (the last 7 days' average against the first 3 ratings) is a
 * reason to check for red flags again (NICE NG59; docs/domain/outcome-measures.md §3). The today page then asks
 * once, with the reason, and not again for a week.
 */
@Service
@Transactional
public class RescreenPrompts {

    static final int DAYS_BETWEEN = 7;

    private final JdbcClient jdbc;
    private final Clock clock;

    RescreenPrompts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The sides whose soreness rose by 2 or more, if the person should be asked to take the screen again today;
     * empty otherwise. A non-empty answer is recorded as shown.
     */
    public List<Side> dueOn(AccountId who, LocalDate today) {
        var lastShown = jdbc.sql("SELECT shown_on FROM tracker_rescreen_prompts WHERE account_id = ?")
                .param(who.value())
                .query(LocalDate.class)
                .optional();
        if (lastShown.isPresent() && lastShown.get().isAfter(today.minusDays(DAYS_BETWEEN))) {
            return List.of();
        }
        var risen = java.util.Arrays.stream(Side.values())
                .filter(side -> rose(who, side, today))
                .toList();
        if (!risen.isEmpty()) {
            record(who, today, risen);
        }
        return risen;
    }

    /** When the person was last asked to take the screen again and for which sides, for their export; empty if never. */
    public java.util.Optional<Map<String, String>> lastPrompt(AccountId who) {
        return jdbc.sql("SELECT shown_on, sides FROM tracker_rescreen_prompts WHERE account_id = ?")
                .param(who.value())
                .query((rs, row) -> Map.of(
                        "shownOn", rs.getDate("shown_on").toLocalDate().toString(), "sides", rs.getString("sides")))
                .optional();
    }

    private boolean rose(AccountId who, Side side, LocalDate today) {
        var column = "soreness_" + side.name().toLowerCase(Locale.ROOT);
        var scores = new TreeMap<LocalDate, Integer>();
        // The first 3 ratings ever, and the last 7 days: two reads on the (account, date) key.
        var sql = "SELECT entry_date, " + column + " AS score FROM tracker_entries WHERE account_id = ? AND " + column
                + " IS NOT NULL";
        jdbc.sql(sql + " ORDER BY entry_date LIMIT 3")
                .param(who.value())
                .query((rs, n) -> scores.put(rs.getObject("entry_date", LocalDate.class), rs.getInt("score")))
                .list();
        jdbc.sql(sql + " AND entry_date BETWEEN ? AND ?")
                .params(who.value(), today.minusDays(6), today)
                .query((rs, n) -> scores.put(rs.getObject("entry_date", LocalDate.class), rs.getInt("score")))
                .list();
        return ChangeSinceStart.roseByTwo(scores, today);
    }

    private void record(AccountId who, LocalDate today, List<Side> sides) {
        var names = sides.stream().map(Side::name).collect(Collectors.joining(","));
        var updated = jdbc.sql("UPDATE tracker_rescreen_prompts SET shown_on = ?, sides = ? WHERE account_id = ?")
                .params(today, names, who.value())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO tracker_rescreen_prompts (account_id, shown_on, sides, created_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(who.value(), today, names, Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** What it says (a side's soreness rose) is health data: it goes with the consent, like the log. */
    @EventListener
    void consentChanged(ConsentChanged changed) {
        if (changed.deletesHealthData()) {
            jdbc.sql("DELETE FROM tracker_rescreen_prompts WHERE account_id = ?")
                    .param(changed.accountId().value())
                    .update();
        }
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        jdbc.sql("DELETE FROM tracker_rescreen_prompts WHERE account_id = ?")
                .param(deleted.accountId().value())
                .update();
    }
}
