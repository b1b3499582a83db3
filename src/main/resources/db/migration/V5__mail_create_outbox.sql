-- Every mail the application sends, written in the same transaction as the change that causes it, then sent by
-- the relay (a db-scheduler task that runs on one instance at a time). Rows are kept after sending as a record.
CREATE TABLE mail_outbox (
    id              UUID                     NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)             NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    text_body       TEXT                     NOT NULL,
    html_body       TEXT                     NOT NULL,
    headers         VARCHAR(2000)            NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mail_outbox_status_known CHECK (status IN ('WAITING', 'SENT'))
);

CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient);
