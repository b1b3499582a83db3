-- Verified addresses, the practice owner, and single-use tokens sent by mail (verify, reset, set-up, invite).
ALTER TABLE identity_accounts ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_accounts ADD COLUMN practice_owner BOOLEAN DEFAULT FALSE NOT NULL;

-- Only a SHA-256 hash of each token is kept: a copy of the database cannot be used to take over accounts.
CREATE TABLE identity_tokens (
    id          UUID                     NOT NULL PRIMARY KEY,
    account_id  UUID REFERENCES identity_accounts (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)              NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    new_email   VARCHAR(254),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_tokens_purpose_known CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'SET_UP_OWNER',
        'INVITE_THERAPIST'))
);

CREATE UNIQUE INDEX identity_tokens_hash_unique ON identity_tokens (token_hash);
CREATE INDEX identity_tokens_account ON identity_tokens (account_id);
