-- Who did what, when and from where: sign-ins, consent changes, exports, deletions, therapist views.
-- No health data: detail holds only names of things (a consent kind), never answers or scores.
CREATE TABLE audit_events (
    id          UUID                     NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    UUID,
    subject_id  UUID,
    action      VARCHAR(40)              NOT NULL,
    detail      VARCHAR(200),
    origin      VARCHAR(64)
);

CREATE INDEX audit_events_subject ON audit_events (subject_id, occurred_at);
CREATE INDEX audit_events_actor ON audit_events (actor_id, occurred_at);
CREATE INDEX audit_events_time ON audit_events (occurred_at);
