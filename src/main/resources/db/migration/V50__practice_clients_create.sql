-- The practice's clients (practice.clients). A client is the practice's own record: walk-ins have no account;
-- a person with an account is linked only with their consent, once (the unique index), so one person is never
-- two clients. Other modules' rows are referenced by id only (no foreign keys across modules).
CREATE TABLE practice_clients (
    id                 UUID                     NOT NULL PRIMARY KEY,
    full_name          VARCHAR(200)             NOT NULL,
    preferred_name     VARCHAR(100),
    date_of_birth      DATE,
    email              VARCHAR(254),
    phone              VARCHAR(40),
    address            VARCHAR(500),
    gp_practice        VARCHAR(200),
    emergency_contact  VARCHAR(300),
    therapist_id       UUID,
    status             VARCHAR(12)              NOT NULL,
    first_seen         DATE,
    last_seen          DATE,
    account_id         UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT practice_clients_status_known CHECK (status IN ('ACTIVE', 'DISCHARGED'))
);

CREATE UNIQUE INDEX practice_clients_account_unique ON practice_clients (account_id);
CREATE INDEX practice_clients_therapist ON practice_clients (therapist_id);
CREATE INDEX practice_clients_email ON practice_clients (email);
CREATE INDEX practice_clients_last_seen ON practice_clients (last_seen);
