package org.glutecoach.audit;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glutecoach.audit.domain.AuditRecord;
import org.glutecoach.audit.domain.AuditRecords;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.shared.AuditAction;
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
 * and reads them back. "From where" is the client address of the request that caused the event. The owner's
 * filtered, paged search and the list of kinds are reports and read the table with {@link JdbcClient} (ADR 10).
 */
@Service
@Transactional
public class AuditLog implements PersonalData {

    private final AuditRecords records;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityService identity;

    AuditLog(AuditRecords records, JdbcClient jdbc, Clock clock, IdentityService identity) {
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
        this.identity = identity;
    }

    @EventListener
    void record(AuditEvent event) {
        records.save(AuditRecord.of(
                clock.instant(), event.actorId(), event.subjectId(), event.action(), event.detail(), origin()));
    }

    /**
     * Erases the person's lines and leaves the one record the law lets us keep: that account N was deleted at T.
     * It holds no address, no IP and no health data.
     */
    @EventListener
    void erase(AccountDeleted deleted) {
        var id = deleted.accountId().value();
        records.deleteByOrAbout(id);
        records.save(AuditRecord.of(clock.instant(), null, id, AuditAction.ACCOUNT_DELETED, null, null));
    }

    /** The person's own part: everything done to or by their account, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forPerson(AccountId id, int limit) {
        return records.byOrAbout(id.value(), limit).stream()
                .map(AuditRecord::entry)
                .toList();
    }

    /** A page of the whole log for the practice owner, filtered as asked, with every account named. */
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.person() != null) {
            where.add("(actor_id = :person OR subject_id = :person)");
            params.put("person", query.person());
        }
        if (query.action() != null) {
            where.add("action = :action");
            params.put("action", query.action());
        }
        // One line more than the page shows tells whether an older page exists.
        var entries = jdbc.sql("SELECT * FROM audit_events"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size() + 1)
                .param("offset", (long) (query.page() - 1) * query.size())
                .query(AuditLog::entry)
                .list();
        var shown = entries.subList(0, Math.min(entries.size(), query.size()));
        return new AuditPage(named(shown), query.page(), query.page() > 1, entries.size() > query.size());
    }

    /** The kinds of line the log holds, for the owner's filter. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        // JdbcClient types single-column values @Nullable; action is NOT NULL.
        return jdbc.sql("SELECT DISTINCT action FROM audit_events ORDER BY action").query(String.class).list().stream()
                .map(action -> requireNonNull(action, "audit_events.action is NOT NULL"))
                .toList();
    }

    private List<AuditLine> named(List<AuditEntry> entries) {
        var ids = entries.stream()
                .flatMap(e -> Stream.of(e.actorId(), e.subjectId()))
                .filter(Objects::nonNull)
                .map(AccountId::new)
                .collect(Collectors.toSet());
        var names = identity.namesOf(ids);
        return entries.stream()
                .map(e -> new AuditLine(
                        e.occurredAt(),
                        e.action(),
                        e.detail(),
                        e.origin(),
                        party(e.actorId(), names),
                        party(e.subjectId(), names)))
                .toList();
    }

    private static AuditLine.@Nullable Party party(@Nullable UUID id, Map<AccountId, String> names) {
        return id == null ? null : new AuditLine.Party(id, names.get(new AccountId(id)));
    }

    @Override
    public String section() {
        return "activity";
    }

    @Override
    public Object of(UUID accountId) {
        return Map.of("auditLog", forPerson(new AccountId(accountId), Integer.MAX_VALUE));
    }

    private static @Nullable String origin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                AuditAction.stored(rs.getString("action")),
                rs.getString("detail"),
                rs.getString("origin"));
    }
}
