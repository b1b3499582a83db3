-- Spring Session JDBC tables (its own layout, renamed to our convention), shared by every app instance.
-- creation_time / last_access_time are the created/updated timestamps, in epoch milliseconds (UTC).
CREATE TABLE identity_http_sessions (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT identity_http_sessions_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX identity_http_sessions_ix1 ON identity_http_sessions (session_id);
CREATE INDEX identity_http_sessions_ix2 ON identity_http_sessions (expiry_time);
CREATE INDEX identity_http_sessions_ix3 ON identity_http_sessions (principal_name);

CREATE TABLE identity_http_sessions_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT identity_http_sessions_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT identity_http_sessions_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES identity_http_sessions (primary_id) ON DELETE CASCADE
);
