package org.glutecoach.course.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the sender and the lesson pages record beside the {@link Enrolment}s: which lessons were sent
 * ({@code course_deliveries}), how far each person got ({@code course_progress}), and the bulk query for the
 * enrolments that have a lesson due. Rows written once and guarded by their keys, so plain SQL (issue 14 keeps
 * {@code JdbcClient} for such bulk and reporting queries).
 */
@Repository
public class LessonRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    LessonRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Active daily enrolments whose next lesson is due, oldest first. */
    public List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM course_enrolments WHERE status = 'ACTIVE' AND delivery = 'DAILY'
                AND next_due_at <= ? ORDER BY next_due_at LIMIT ?""")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Records that lesson {@code day} of this round went to the outbox; false if it already had. The key is the
     * last guard against a second send, and a clash does not spoil the transaction it happens in.
     */
    public boolean recordDelivery(UUID id, int round, int day, Instant dueAt) {
        return jdbc.sql("""
                INSERT INTO course_deliveries (enrolment_id, round_no, lesson_day, due_at, queued_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(id, round, day, Timestamp.from(dueAt), Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    public int deliveries(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM course_deliveries WHERE enrolment_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    public void opened(UUID id, int day) {
        progress(id, day, "opened_at");
    }

    public void taskDone(UUID id, int day) {
        opened(id, day);
        progress(id, day, "task_done_at");
    }

    private void progress(UUID id, int day, String column) {
        var now = Timestamp.from(clock.instant());
        var updated = jdbc.sql("UPDATE course_progress SET " + column + " = COALESCE(" + column + ", ?) "
                        + "WHERE enrolment_id = ? AND lesson_day = ?")
                .params(now, id, day)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO course_progress (enrolment_id, lesson_day, " + column + ") VALUES (?, ?, ?)")
                        .params(id, day, now)
                        .update();
            } catch (DuplicateKeyException raced) {
                progress(id, day, column);
            }
        }
    }

    /** Per day: 0 not opened, 1 opened, 2 task done. */
    public Map<Integer, Integer> progressOf(UUID id) {
        var progress = new TreeMap<Integer, Integer>();
        jdbc.sql("SELECT lesson_day, opened_at, task_done_at FROM course_progress WHERE enrolment_id = ?")
                .param(id)
                .query((rs, row) -> progress.put(
                        rs.getInt("lesson_day"),
                        rs.getTimestamp("task_done_at") != null ? 2 : rs.getTimestamp("opened_at") != null ? 1 : 0))
                .list();
        return progress;
    }

    public void clearProgress(UUID id) {
        jdbc.sql("DELETE FROM course_progress WHERE enrolment_id = ?").param(id).update();
    }
}
