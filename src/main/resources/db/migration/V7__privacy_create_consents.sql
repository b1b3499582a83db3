-- Append-only history of each person's consents: a change adds a row, nothing is updated. The latest row per
-- kind is the one in force. text_version names the wording the person saw (messages/privacy.properties).
CREATE TABLE privacy_consents (
    id           UUID                     NOT NULL PRIMARY KEY,
    account_id   UUID                     NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    given        BOOLEAN                  NOT NULL,
    text_version VARCHAR(40)              NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT privacy_consents_kind_known CHECK (kind IN ('HEALTH_DATA', 'SHARE_WITH_PRACTICE', 'COURSE_EMAILS'))
);

CREATE INDEX privacy_consents_account ON privacy_consents (account_id, kind, recorded_at);
