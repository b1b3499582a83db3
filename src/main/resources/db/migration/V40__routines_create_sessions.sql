-- Guided routines: each finished or stopped session (the client makes its id, so a resend is the same row), what
-- was done in it, the comfort checks, and that a person confirmed a recent passed red-flag screen before their
-- first routine.
CREATE TABLE routines_sessions (
    id           UUID                     NOT NULL PRIMARY KEY,
    account_id   UUID                     NOT NULL,
    routine_id   VARCHAR(60)              NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished     BOOLEAN                  NOT NULL,
    rating_left  INT,
    rating_right INT,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT routines_sessions_ratings CHECK ((rating_left IS NULL OR rating_left BETWEEN 0 AND 10)
        AND (rating_right IS NULL OR rating_right BETWEEN 0 AND 10))
);

CREATE INDEX routines_sessions_account ON routines_sessions (account_id, ended_at);

CREATE TABLE routines_session_exercises (
    session_id UUID        NOT NULL REFERENCES routines_sessions (id) ON DELETE CASCADE,
    position   INT         NOT NULL,
    exercise   VARCHAR(60) NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE routines_session_comfort_checks (
    session_id UUID        NOT NULL REFERENCES routines_sessions (id) ON DELETE CASCADE,
    position   INT         NOT NULL,
    exercise   VARCHAR(60) NOT NULL,
    set_number INT         NOT NULL,
    rating     INT         NOT NULL CHECK (rating BETWEEN 0 AND 10),
    nerve      BOOLEAN     NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE routines_screen_confirmations (
    account_id   UUID                     NOT NULL PRIMARY KEY,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
