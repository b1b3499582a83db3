-- Accounts of people and therapists. Emails are stored normalised (trimmed, lower-case) by the application.
CREATE TABLE identity_accounts (
    id            UUID                     NOT NULL PRIMARY KEY,
    email         VARCHAR(254)             NOT NULL,
    password_hash VARCHAR(200)             NOT NULL,
    role          VARCHAR(20)              NOT NULL,
    display_name  VARCHAR(100),
    time_zone     VARCHAR(64)              NOT NULL,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_accounts_role_known CHECK (role IN ('PERSON', 'THERAPIST'))
);

CREATE UNIQUE INDEX identity_accounts_email_unique ON identity_accounts (email);
