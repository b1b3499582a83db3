-- Spring Modulith's event publication registry (its v2 layout): an event for a listener that runs after the
-- publishing transaction is stored in that transaction and removed once the listener has handled it, so a listener
-- that fails, or an instance stopped before it ran, leaves a row to try again (ADR 21). Written for H2 (PostgreSQL
-- mode) and PostgreSQL alike, so Flyway creates it rather than the library.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

-- No index on the event itself: handled rows are deleted, so the table holds only what is still to do, and a
-- b-tree index would refuse a long event on PostgreSQL.
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
