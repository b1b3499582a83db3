-- Why an enrolment is paused: the person chose to (PERSON), or they were shown an EMERGENCY or URGENT red-flag
-- screen (RED_FLAG; issue 11). A red-flag pause lasts until the account that saw the screen passes the
-- self-check again after paused_at. version lets the Enrolment aggregate be saved through Spring Data JDBC with
-- optimistic locking.
ALTER TABLE course_enrolments ADD COLUMN pause_reason VARCHAR(20);
ALTER TABLE course_enrolments ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE course_enrolments ADD COLUMN paused_account_id UUID;
ALTER TABLE course_enrolments ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE course_enrolments ADD CONSTRAINT course_enrolments_pause_reason_known
    CHECK (pause_reason IN ('PERSON', 'RED_FLAG'));
UPDATE course_enrolments SET pause_reason = 'PERSON' WHERE status = 'PAUSED';
