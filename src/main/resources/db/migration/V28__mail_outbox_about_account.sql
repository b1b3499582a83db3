-- The account a mail is about (when there is one), so deleting the account erases its mails whichever address
-- they went to: an old address after a change, or a new one that was never confirmed. No foreign key: modules
-- refer to each other's rows by id only.
ALTER TABLE mail_outbox ADD COLUMN account_id UUID;
CREATE INDEX mail_outbox_account ON mail_outbox (account_id);

-- Sent mails are kept as a record (subject and dates, for the export) but their bodies are emptied after a while
-- (glutecoach.mail.keep-sent-bodies); this finds the ones due.
CREATE INDEX mail_outbox_sent ON mail_outbox (status, sent_at);
