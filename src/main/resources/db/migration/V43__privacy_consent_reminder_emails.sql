-- A new consent kind: the tracker's daily reminder email (asked where the reminder is switched on).
ALTER TABLE privacy_consents DROP CONSTRAINT privacy_consents_kind_known;
ALTER TABLE privacy_consents ADD CONSTRAINT privacy_consents_kind_known
    CHECK (kind IN ('HEALTH_DATA', 'SHARE_WITH_PRACTICE', 'COURSE_EMAILS', 'REMINDER_EMAILS'));
