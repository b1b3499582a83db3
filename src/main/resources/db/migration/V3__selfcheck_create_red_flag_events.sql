-- Each time a red-flag screen (EMERGENCY, URGENT or SOON) is shown: docs/domain/red-flags.md section 5.
-- account_id is empty for people who are not signed in; nothing else identifies them (no IP, no age).
CREATE TABLE selfcheck_red_flag_events (
    id                   UUID                     NOT NULL PRIMARY KEY,
    account_id           UUID,
    shown_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    question_set_version VARCHAR(40)              NOT NULL,
    tier                 VARCHAR(20)              NOT NULL,
    triggered_ids        VARCHAR(500)             NOT NULL,
    answers              VARCHAR(2000)            NOT NULL,
    action_shown         VARCHAR(20)              NOT NULL,
    user_tapped_call     BOOLEAN                  NOT NULL,
    version              BIGINT                   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT selfcheck_red_flag_events_tier_known CHECK (tier IN ('EMERGENCY', 'URGENT', 'SOON'))
);

CREATE INDEX selfcheck_red_flag_events_account ON selfcheck_red_flag_events (account_id);
