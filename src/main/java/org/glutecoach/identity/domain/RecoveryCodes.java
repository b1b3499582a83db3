package org.glutecoach.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.glutecoach.shared.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity_recovery_codes} table: hashes of each account's recovery codes, each usable once. */
@Repository
public class RecoveryCodes {

    private final JdbcClient jdbc;
    private final Clock clock;

    RecoveryCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces the account's codes with these. */
    public void replace(UUID accountId, List<String> codes) {
        jdbc.sql("DELETE FROM identity_recovery_codes WHERE account_id = ?")
                .param(accountId)
                .update();
        for (var code : codes) {
            jdbc.sql("INSERT INTO identity_recovery_codes (id, account_id, code_hash) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID(), accountId, Secrets.hash(TwoStepCodes.normaliseRecoveryCode(code)))
                    .update();
        }
    }

    /** Uses up the code if it is one of the account's unused ones. */
    public boolean use(UUID accountId, String typed) {
        var hash = Secrets.hash(TwoStepCodes.normaliseRecoveryCode(typed));
        return jdbc.sql("""
                UPDATE identity_recovery_codes SET used_at = ?
                WHERE account_id = ? AND code_hash = ? AND used_at IS NULL""")
                        .params(Timestamp.from(clock.instant()), accountId, hash)
                        .update()
                == 1;
    }

    public int unused(UUID accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_recovery_codes WHERE account_id = ? AND used_at IS NULL")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    public void removeAll(UUID accountId) {
        jdbc.sql("DELETE FROM identity_recovery_codes WHERE account_id = ?")
                .param(accountId)
                .update();
    }
}
