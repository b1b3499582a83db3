-- The owner's set-up link and therapists' invitations belong to the practice's staff module (practice.staff),
-- not to identity: they move out of identity_tokens into their own table, rows and all, so links already sent
-- keep working. Only a SHA-256 hash of each secret is kept, as before.
CREATE TABLE practice_staff_links (
    id          UUID                     NOT NULL PRIMARY KEY,
    purpose     VARCHAR(20)              NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    email       VARCHAR(254),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_staff_links_purpose_known CHECK (purpose IN ('SET_UP_OWNER', 'INVITE_THERAPIST'))
);

CREATE UNIQUE INDEX practice_staff_links_hash_unique ON practice_staff_links (token_hash);

INSERT INTO practice_staff_links (id, purpose, token_hash, email, expires_at, used_at, created_at)
SELECT id, purpose, token_hash, new_email, expires_at, used_at, created_at FROM identity_tokens
WHERE purpose IN ('SET_UP_OWNER', 'INVITE_THERAPIST');

DELETE FROM identity_tokens WHERE purpose IN ('SET_UP_OWNER', 'INVITE_THERAPIST');

ALTER TABLE identity_tokens DROP CONSTRAINT identity_tokens_purpose_known;
ALTER TABLE identity_tokens ADD CONSTRAINT identity_tokens_purpose_known
    CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'));
