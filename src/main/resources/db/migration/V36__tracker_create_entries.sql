-- The daily log: one row per person and day (the person's own day, in their time zone). Every measure may be
-- missing ("did not say" is not 0); sitting is kept in half hours so 7.5 hours is exact.
CREATE TABLE tracker_entries (
    id                    UUID                     NOT NULL PRIMARY KEY,
    account_id            UUID                     NOT NULL,
    entry_date            DATE                     NOT NULL,
    half_hours_sitting    INT,
    longest_spell_minutes INT,
    breaks                INT,
    soreness_left         INT,
    soreness_right        INT,
    soreness_middle       INT,
    spasms                BOOLEAN                  NOT NULL,
    sitting               VARCHAR(200)             NOT NULL,
    release_done          BOOLEAN                  NOT NULL,
    activation_done       BOOLEAN                  NOT NULL,
    activation_left       INT,
    activation_right      INT,
    note                  VARCHAR(500),
    version               BIGINT                   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One row per person and day; the key's index also serves every range query (account, then date).
    CONSTRAINT tracker_entries_one_per_day UNIQUE (account_id, entry_date),
    CONSTRAINT tracker_entries_hours CHECK (half_hours_sitting BETWEEN 0 AND 48),
    CONSTRAINT tracker_entries_spell CHECK (longest_spell_minutes BETWEEN 0 AND 1440),
    CONSTRAINT tracker_entries_breaks CHECK (breaks BETWEEN 0 AND 200),
    CONSTRAINT tracker_entries_soreness CHECK (soreness_left BETWEEN 0 AND 10 AND soreness_right BETWEEN 0 AND 10
        AND soreness_middle BETWEEN 0 AND 10),
    CONSTRAINT tracker_entries_activation CHECK (activation_left BETWEEN 0 AND 10
        AND activation_right BETWEEN 0 AND 10)
);
