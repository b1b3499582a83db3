-- The desk break timer: each signed-in person's settings (one row per account), and the breaks their browser
-- reports. The browser makes each event's id, so a resend after being offline is the same row (never counted twice).
CREATE TABLE timer_settings (
    account_id        UUID                     NOT NULL PRIMARY KEY,
    interval_minutes  INT                      NOT NULL,
    break_minutes     INT                      NOT NULL,
    work_start        TIME                     NOT NULL,
    work_end          TIME                     NOT NULL,
    work_days         VARCHAR(100)             NOT NULL,
    sound             BOOLEAN                  NOT NULL,
    notifications     BOOLEAN                  NOT NULL,
    version           BIGINT                   NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT timer_settings_interval CHECK (interval_minutes BETWEEN 15 AND 90),
    CONSTRAINT timer_settings_break CHECK (break_minutes BETWEEN 1 AND 10),
    CONSTRAINT timer_settings_hours CHECK (work_start <> work_end)
);

CREATE TABLE timer_events (
    id          UUID                     NOT NULL PRIMARY KEY,
    account_id  UUID                     NOT NULL,
    kind        VARCHAR(20)              NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT timer_events_kind CHECK (kind IN ('TAKEN', 'SKIPPED', 'POSTPONED', 'NATURAL'))
);

CREATE INDEX timer_events_account ON timer_events (account_id, happened_at);
