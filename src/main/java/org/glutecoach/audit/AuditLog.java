package org.glutecoach.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stores audit events as they happen (in the transaction of the change, so a rolled-back change leaves no line)
 * and reads them back. "From where" is the client address of the request that caused the event.
 */
@Service
@Transactional
public class AuditLog implements PersonalData {

    public static final String ACCOUNT_DELETED = "ACCOUNT_DELETED";
    private static final int MAX_DETAIL = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void record(AuditEvent event) {
        insert(event.actorId(), event.subjectId(), event.action(), event.detail(), origin());
    }

    /**
     * Erases the person's lines and leaves the one record the law lets us keep: that account N was deleted at T.
     * It holds no address, no IP and no health data.
     */
    @EventListener
    void erase(AccountDeleted deleted) {
        var id = deleted.accountId().value();
        jdbc.sql("DELETE FROM audit_events WHERE subject_id = ? OR actor_id = ?").params(id, id).update();
        insert(null, id, ACCOUNT_DELETED, null, null);
    }

    /** The person's own part: everything done to or by their account, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forPerson(AccountId id, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_events WHERE subject_id = :id OR actor_id = :id
                ORDER BY occurred_at DESC LIMIT :limit""")
                .param("id", id.value()).param("limit", limit).query(AuditLog::entry).list();
    }

    /** The whole log, newest first, for the practice owner. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_events ORDER BY occurred_at DESC LIMIT ?").param(limit)
                .query(AuditLog::entry).list();
    }

    @Override
    public String section() {
        return "activity";
    }

    @Override
    public Object of(UUID accountId) {
        return Map.of("auditLog", forPerson(new AccountId(accountId), Integer.MAX_VALUE));
    }

    private void insert(@Nullable UUID actor, @Nullable UUID subject, String action, @Nullable String detail,
            @Nullable String origin) {
        jdbc.sql("""
                INSERT INTO audit_events (id, occurred_at, actor_id, subject_id, action, detail, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), Timestamp.from(clock.instant()), actor, subject, action,
                        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL),
                        origin)
                .update();
    }

    private static @Nullable String origin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getObject("subject_id", UUID.class), rs.getString("action"), rs.getString("detail"),
                rs.getString("origin"));
    }
}
