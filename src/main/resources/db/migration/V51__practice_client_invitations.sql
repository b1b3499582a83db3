-- A therapist's invitation to a client to link their own account (practice.clients): a single-use link, mailed,
-- that expires. Only the SHA-256 hash of its secret is kept. Saying yes records the person's consent to share.
CREATE TABLE practice_client_invitations (
    id          UUID                     NOT NULL PRIMARY KEY,
    client_id   UUID                     NOT NULL,
    email       VARCHAR(254)             NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    invited_by  UUID                     NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_client_invitations_client FOREIGN KEY (client_id) REFERENCES practice_clients (id)
        ON DELETE CASCADE
);

CREATE UNIQUE INDEX practice_client_invitations_hash_unique ON practice_client_invitations (token_hash);
CREATE INDEX practice_client_invitations_client ON practice_client_invitations (client_id);
