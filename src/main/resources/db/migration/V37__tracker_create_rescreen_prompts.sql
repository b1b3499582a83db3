-- When the tracker last asked a person to take the red-flag screen again because their soreness rose: at most once
-- a week. One row per person.
CREATE TABLE tracker_rescreen_prompts (
    account_id UUID                     NOT NULL PRIMARY KEY,
    shown_on   DATE                     NOT NULL,
    sides      VARCHAR(40)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
