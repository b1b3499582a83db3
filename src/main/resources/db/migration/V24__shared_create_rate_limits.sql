-- Limits on tries (sign-in, reset, sign-up, enrolment, confirmation mails per recipient), counted in the
-- database so that every instance sees the same count. The key is a SHA-256 hash: keys name addresses and
-- client IPs, and a hash is all a lookup needs. A row is worthless after expires_at and is then deleted.
CREATE TABLE shared_rate_limits (
    limit_key    VARCHAR(64)              NOT NULL PRIMARY KEY,
    hits         INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    next_allowed TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX shared_rate_limits_expiry ON shared_rate_limits (expires_at);
