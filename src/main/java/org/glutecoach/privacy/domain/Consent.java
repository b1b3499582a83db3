package org.glutecoach.privacy.domain;

import java.time.Instant;
import java.util.UUID;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.ConsentRecord;
import org.glutecoach.shared.AppendOnlyRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One answer in a person's consent history; answers are only ever added, never changed. {@code position} is
 * numbered by the database and orders answers given within one clock tick.
 */
@Table("privacy_consents")
public class Consent extends AppendOnlyRecord {

    private final @ReadOnlyProperty @Nullable Long position;
    private final UUID accountId;
    private final ConsentKind kind;
    private final boolean given;
    private final String textVersion;
    private final Instant recordedAt;

    @PersistenceCreator
    Consent(
            UUID id,
            @Nullable Long position,
            UUID accountId,
            ConsentKind kind,
            boolean given,
            String textVersion,
            Instant recordedAt) {
        this(id, position, accountId, kind, given, textVersion, recordedAt, false);
    }

    private Consent(
            UUID id,
            @Nullable Long position,
            UUID accountId,
            ConsentKind kind,
            boolean given,
            String textVersion,
            Instant recordedAt,
            boolean added) {
        super(id, added);
        this.position = position;
        this.accountId = accountId;
        this.kind = kind;
        this.given = given;
        this.textVersion = textVersion;
        this.recordedAt = recordedAt;
    }

    public static Consent answered(UUID accountId, ConsentRecord answer) {
        return new Consent(
                UUID.randomUUID(),
                null,
                accountId,
                answer.kind(),
                answer.given(),
                answer.textVersion(),
                answer.recordedAt(),
                true);
    }

    public UUID accountId() {
        return accountId;
    }

    public ConsentRecord record() {
        return new ConsentRecord(kind, given, textVersion, recordedAt);
    }
}
