-- With no SMTP server set, the relay writes each waiting mail to the log once (for trying the app on one's own
-- machine); this records when, so a restart does not write it again. The mail stays WAITING and is sent once a
-- server is set.
ALTER TABLE mail_outbox ADD COLUMN shown_in_log_at TIMESTAMP WITH TIME ZONE;
