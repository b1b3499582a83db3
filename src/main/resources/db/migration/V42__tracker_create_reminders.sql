-- The optional daily reminder email. A row in tracker_reminders means it is on (no row: off), with the local time
-- the person chose and the next moment it is due (computed in their time zone, so summer time is followed).
CREATE TABLE tracker_reminders (
    account_id  UUID                     NOT NULL PRIMARY KEY,
    time_of_day VARCHAR(5)               NOT NULL,
    next_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX tracker_reminders_due ON tracker_reminders (next_due_at);

-- One row per reminder sent: the unique (account, day) key makes a second mail for the same day impossible, even
-- from two instances. Each mail's unsubscribe link carries its own random key, kept here only as a SHA-256 hash.
CREATE TABLE tracker_reminder_mails (
    id                   UUID                     NOT NULL PRIMARY KEY,
    account_id           UUID                     NOT NULL,
    reminder_date        DATE                     NOT NULL,
    unsubscribe_key_hash VARCHAR(64)              NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tracker_reminder_mails_one_a_day UNIQUE (account_id, reminder_date)
);

CREATE UNIQUE INDEX tracker_reminder_mails_key ON tracker_reminder_mails (unsubscribe_key_hash);
