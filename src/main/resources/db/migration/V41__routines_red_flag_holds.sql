-- A person shown an EMERGENCY or URGENT red-flag screen: their routines wait until they pass the self-check again
-- after shown_at (HZ-02 control 7, HZ-03 control 5). One row per account; a later screen moves shown_at on.
CREATE TABLE routines_red_flag_holds (
    account_id UUID                     NOT NULL PRIMARY KEY,
    shown_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
