package org.glutecoach.audit.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The lines of the audit log ({@code audit_events}). The owner's filtered search is a report, in {@code AuditLog}. */
public interface AuditRecords extends ListCrudRepository<AuditRecord, UUID> {

    /** Everything done to or by the account, newest first. */
    @Query("SELECT * FROM audit_events WHERE subject_id = :account OR actor_id = :account"
            + " ORDER BY occurred_at DESC LIMIT :limit")
    List<AuditRecord> byOrAbout(UUID account, int limit);

    @Modifying
    @Query("DELETE FROM audit_events WHERE subject_id = :account OR actor_id = :account")
    void deleteByOrAbout(UUID account);
}
