package org.glutecoach.privacy.domain;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.ConsentRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code privacy_consents} table: rows are only ever added, and erased with the account. */
@Repository
public class ConsentHistory {

    private final JdbcClient jdbc;

    ConsentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(UUID accountId, ConsentRecord record) {
        jdbc.sql("""
                INSERT INTO privacy_consents (id, account_id, kind, given, text_version, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), accountId, record.kind().name(), record.given(), record.textVersion(),
                        Timestamp.from(record.recordedAt()))
                .update();
    }

    /** Oldest first; the last entry of each kind is the one in force. */
    public List<ConsentRecord> of(UUID accountId) {
        return jdbc.sql("""
                SELECT kind, given, text_version, recorded_at FROM privacy_consents WHERE account_id = ?
                ORDER BY position""")
                .param(accountId)
                .query((rs, row) -> new ConsentRecord(ConsentKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("given"), rs.getString("text_version"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public void erase(UUID accountId) {
        jdbc.sql("DELETE FROM privacy_consents WHERE account_id = ?").param(accountId).update();
    }
}
