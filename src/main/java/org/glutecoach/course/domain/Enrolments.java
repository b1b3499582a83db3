package org.glutecoach.course.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code course_enrolments}, {@code course_deliveries} and {@code course_progress} tables. */
@Repository
public class Enrolments {

    private final JdbcClient jdbc;
    private final Clock clock;

    Enrolments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(Enrolment enrolment, String confirmTokenHash) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO course_enrolments (id, email, account_id, status, delivery, time_of_day, time_zone,
                    start_date, round_no, next_day, next_due_at, access_key, confirm_token_hash, created_at, updated_at)
                VALUES (?, ?, ?, 'PENDING', 'DAILY', ?, ?, NULL, 1, 1, NULL, ?, ?, ?, ?)""")
                .params(enrolment.id(), enrolment.email(), enrolment.accountId(), enrolment.timeOfDay().toString(),
                        enrolment.timeZone().getId(), enrolment.accessKey(), confirmTokenHash, now, now)
                .update();
    }

    public Optional<Enrolment> find(UUID id) {
        return jdbc.sql("SELECT * FROM course_enrolments WHERE id = ?").param(id).query(Enrolments::enrolment)
                .optional();
    }

    public Optional<Enrolment> findByConfirmToken(String hash) {
        return jdbc.sql("SELECT * FROM course_enrolments WHERE confirm_token_hash = ?").param(hash)
                .query(Enrolments::enrolment).optional();
    }

    /** The enrolment still in play for an address (pending, active or paused), if any. */
    public Optional<Enrolment> current(String email) {
        return jdbc.sql("""
                SELECT * FROM course_enrolments WHERE email = ? AND status IN ('PENDING', 'ACTIVE', 'PAUSED', 'FINISHED')
                ORDER BY created_at DESC LIMIT 1""").param(email).query(Enrolments::enrolment).optional();
    }

    /** The latest enrolment made while signed in to the account, for an account whose address is not proven. */
    public Optional<Enrolment> madeByAccount(UUID accountId) {
        return jdbc.sql("""
                SELECT * FROM course_enrolments WHERE account_id = ? AND status <> 'UNSUBSCRIBED'
                ORDER BY created_at DESC LIMIT 1""").param(accountId).query(Enrolments::enrolment).optional();
    }

    public List<Enrolment> allMadeByAccount(UUID accountId) {
        return jdbc.sql("SELECT * FROM course_enrolments WHERE account_id = ? ORDER BY created_at")
                .param(accountId).query(Enrolments::enrolment).list();
    }

    public void deleteMadeByAccount(UUID accountId) {
        jdbc.sql("DELETE FROM course_enrolments WHERE account_id = ?").param(accountId).update();
    }

    public Optional<Enrolment> forAccount(UUID accountId, String email) {
        return jdbc.sql("""
                SELECT * FROM course_enrolments WHERE (account_id = ? OR email = ?) AND status <> 'UNSUBSCRIBED'
                ORDER BY created_at DESC LIMIT 1""").params(accountId, email).query(Enrolments::enrolment).optional();
    }

    public List<Enrolment> of(UUID accountId, String email) {
        return jdbc.sql("SELECT * FROM course_enrolments WHERE account_id = ? OR email = ? ORDER BY created_at")
                .params(accountId, email).query(Enrolments::enrolment).list();
    }

    /** Active daily enrolments whose next lesson is due, oldest first. */
    public List<Enrolment> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM course_enrolments WHERE status = 'ACTIVE' AND delivery = 'DAILY'
                AND next_due_at <= ? ORDER BY next_due_at LIMIT ?""")
                .params(Timestamp.from(now), limit).query(Enrolments::enrolment).list();
    }

    /**
     * Locks the enrolment if its next lesson is still due (so a second sender, on this instance or another, waits
     * here and then finds it already moved on).
     */
    public Optional<Enrolment> lockIfDue(UUID id, Instant now) {
        return jdbc.sql("""
                SELECT * FROM course_enrolments WHERE id = ? AND status = 'ACTIVE' AND delivery = 'DAILY'
                AND next_due_at <= ? FOR UPDATE""").params(id, Timestamp.from(now)).query(Enrolments::enrolment)
                .optional();
    }

    /** A new time of day and zone, and the next lesson's date and time worked out again from them. */
    public void changeTime(UUID id, LocalTime time, ZoneId zone, java.time.@Nullable LocalDate start,
            @Nullable Instant nextDueAt) {
        jdbc.sql("""
                UPDATE course_enrolments SET time_of_day = ?, time_zone = ?, start_date = ?, next_due_at = ?,
                    updated_at = ? WHERE id = ?""")
                .params(time.toString(), zone.getId(), start == null ? null : java.sql.Date.valueOf(start),
                        nextDueAt == null ? null : Timestamp.from(nextDueAt), Timestamp.from(clock.instant()), id)
                .update();
    }

    public void newConfirmToken(UUID id, String hash) {
        jdbc.sql("UPDATE course_enrolments SET confirm_token_hash = ?, updated_at = ? WHERE id = ?")
                .params(hash, Timestamp.from(clock.instant()), id).update();
    }

    /** Sets where the enrolment is in the course (never back to pending, so the confirmation link goes). */
    public void schedule(UUID id, Enrolment.Status status, Enrolment.Delivery delivery,
            java.time.@Nullable LocalDate start, int round, int nextDay, @Nullable Instant nextDueAt) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE course_enrolments SET status = ?, delivery = ?, start_date = ?, round_no = ?, next_day = ?,
                    next_due_at = ?, updated_at = ?, confirm_token_hash = NULL,
                    confirmed_at = COALESCE(confirmed_at, CAST(? AS TIMESTAMP WITH TIME ZONE))
                WHERE id = ?""")
                .params(status.name(), delivery.name(), start == null ? null : java.sql.Date.valueOf(start), round,
                        nextDay, nextDueAt == null ? null : Timestamp.from(nextDueAt), now,
                        status == Enrolment.Status.ACTIVE ? now : null, id)
                .update();
    }

    /**
     * Records that lesson {@code day} of this round went to the outbox; false if it already had. The key is the
     * last guard against a second send, and a clash does not spoil the transaction it happens in.
     */
    public boolean recordDelivery(UUID id, int round, int day, Instant dueAt) {
        return jdbc.sql("""
                INSERT INTO course_deliveries (enrolment_id, round_no, lesson_day, due_at, queued_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, round, day, Timestamp.from(dueAt), Timestamp.from(clock.instant())).update() == 1;
    }

    public int deliveries(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM course_deliveries WHERE enrolment_id = ?").param(id)
                .query(Integer.class).single();
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
                + "WHERE enrolment_id = ? AND lesson_day = ?").params(now, id, day).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO course_progress (enrolment_id, lesson_day, " + column + ") VALUES (?, ?, ?)")
                        .params(id, day, now).update();
            } catch (DuplicateKeyException raced) {
                progress(id, day, column);
            }
        }
    }

    /** Per day: 0 not opened, 1 opened, 2 task done. */
    public java.util.Map<Integer, Integer> progressOf(UUID id) {
        var progress = new java.util.TreeMap<Integer, Integer>();
        jdbc.sql("SELECT lesson_day, opened_at, task_done_at FROM course_progress WHERE enrolment_id = ?").param(id)
                .query((rs, row) -> progress.put(rs.getInt("lesson_day"), rs.getTimestamp("task_done_at") != null ? 2
                        : rs.getTimestamp("opened_at") != null ? 1 : 0))
                .list();
        return progress;
    }

    public void clearProgress(UUID id) {
        jdbc.sql("DELETE FROM course_progress WHERE enrolment_id = ?").param(id).update();
    }

    public void deleteFor(UUID accountId, String email) {
        jdbc.sql("DELETE FROM course_enrolments WHERE account_id = ? OR email = ?").params(accountId, email).update();
    }

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        var start = rs.getDate("start_date");
        var due = rs.getTimestamp("next_due_at");
        return new Enrolment(rs.getObject("id", UUID.class), rs.getString("email"),
                rs.getObject("account_id", UUID.class), Enrolment.Status.valueOf(rs.getString("status")),
                Enrolment.Delivery.valueOf(rs.getString("delivery")), LocalTime.parse(rs.getString("time_of_day")),
                ZoneId.of(rs.getString("time_zone")), start == null ? null : start.toLocalDate(),
                rs.getInt("round_no"), rs.getInt("next_day"), due == null ? null : due.toInstant(),
                rs.getString("access_key"), rs.getTimestamp("created_at").toInstant());
    }
}
