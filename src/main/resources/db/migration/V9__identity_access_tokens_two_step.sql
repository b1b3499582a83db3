-- Personal access tokens for the API (Authorization: Bearer), stored as SHA-256 hashes; shown once at creation.
CREATE TABLE identity_access_tokens (
    id           UUID                     NOT NULL PRIMARY KEY,
    account_id   UUID                     NOT NULL REFERENCES identity_accounts (id) ON DELETE CASCADE,
    name         VARCHAR(100)             NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    scope        VARCHAR(10)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_access_tokens_scope_known CHECK (scope IN ('READ', 'READ_WRITE'))
);

CREATE UNIQUE INDEX identity_access_tokens_hash_unique ON identity_access_tokens (token_hash);
CREATE INDEX identity_access_tokens_account ON identity_access_tokens (account_id);

-- Two-step sign-in (TOTP, RFC 6238): the shared secret, and recovery codes kept as hashes, each usable once.
ALTER TABLE identity_accounts ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE identity_accounts ADD COLUMN totp_enabled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_accounts ADD COLUMN totp_last_step BIGINT;

CREATE TABLE identity_recovery_codes (
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES identity_accounts (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64)              NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX identity_recovery_codes_account ON identity_recovery_codes (account_id);
