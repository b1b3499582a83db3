-- A person's own routines: a name and exercises from the library by id, in order (each with the exercise's own
-- dose). Only their owner reads or changes them; they go with the account.
CREATE TABLE routines_personal (
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL,
    name       VARCHAR(60)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX routines_personal_account ON routines_personal (account_id, created_at);

CREATE TABLE routines_personal_steps (
    routine_id UUID        NOT NULL REFERENCES routines_personal (id) ON DELETE CASCADE,
    position   INT         NOT NULL,
    exercise   VARCHAR(60) NOT NULL,
    PRIMARY KEY (routine_id, position)
);
