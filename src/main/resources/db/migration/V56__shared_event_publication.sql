-- Spring Modulith's event publication registry (its v2 layout): an event for a listener that runs after the
-- publishing transaction is stored in that transaction and removed once the listener has handled it, so a listener
-- that fails, or an instance stopped before it ran, leaves a row to try again (ADR 21). Written for H2 (PostgreSQL
-- mode) and PostgreSQL alike, so Flyway creates it rather than the library.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_listener_and_event ON event_publication (listener_id, serialized_event);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
