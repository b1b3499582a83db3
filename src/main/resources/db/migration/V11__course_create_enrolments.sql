-- The mini course: who is enrolled (by address, with or without an account), when their lessons are due, what
-- was sent (one row per lesson per enrolment: the unique key makes a second send impossible) and progress.
CREATE TABLE course_enrolments (
    id                 UUID                     NOT NULL PRIMARY KEY,
    email              VARCHAR(254)             NOT NULL,
    account_id         UUID,
    status             VARCHAR(20)              NOT NULL,
    delivery           VARCHAR(20)              NOT NULL,
    time_of_day        VARCHAR(5)               NOT NULL,
    time_zone          VARCHAR(64)              NOT NULL,
    start_date         DATE,
    round_no           INT                      NOT NULL,
    next_day           INT                      NOT NULL,
    next_due_at        TIMESTAMP WITH TIME ZONE,
    -- Opens this enrolment's lessons and settings from a mail without signing in (lesson text, pause, stop).
    access_key         VARCHAR(64)              NOT NULL,
    confirm_token_hash VARCHAR(64),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at       TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_enrolments_status_known CHECK (status IN ('PENDING', 'ACTIVE', 'PAUSED', 'FINISHED',
        'UNSUBSCRIBED')),
    CONSTRAINT course_enrolments_delivery_known CHECK (delivery IN ('DAILY', 'ALL_AT_ONCE'))
);

CREATE INDEX course_enrolments_due ON course_enrolments (status, next_due_at);
CREATE INDEX course_enrolments_email ON course_enrolments (email);
CREATE INDEX course_enrolments_account ON course_enrolments (account_id);
CREATE UNIQUE INDEX course_enrolments_confirm_token ON course_enrolments (confirm_token_hash);

-- round_no counts restarts: a restarted course sends its lessons again, once per round.
CREATE TABLE course_deliveries (
    enrolment_id UUID                     NOT NULL REFERENCES course_enrolments (id) ON DELETE CASCADE,
    round_no     INT                      NOT NULL,
    lesson_day   INT                      NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enrolment_id, round_no, lesson_day)
);

CREATE TABLE course_progress (
    enrolment_id UUID                     NOT NULL REFERENCES course_enrolments (id) ON DELETE CASCADE,
    lesson_day   INT                      NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE,
    task_done_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (enrolment_id, lesson_day)
);
