-- Session notes, the practice's clinical record (ADR 20). A note is a draft until signed_at is set; after that the
-- application refuses every save over the row (SignedNotesStayUnchanged), and corrections are rows in
-- practice_note_amendments, which are only ever inserted. client_id names practice_clients' rows by id, with no
-- foreign key across modules; both tables are erased together when the record's retention period ends.
CREATE TABLE practice_session_notes (
    id           UUID                     PRIMARY KEY,
    client_id    UUID                     NOT NULL,
    written_by   UUID                     NOT NULL,
    session_date DATE                     NOT NULL,
    subjective   VARCHAR(10000)           NOT NULL,
    objective    VARCHAR(10000)           NOT NULL,
    assessment   VARCHAR(10000)           NOT NULL,
    plan         VARCHAR(10000)           NOT NULL,
    treatment    VARCHAR(10000)           NOT NULL,
    consent      VARCHAR(16),
    consent_for  VARCHAR(500)             NOT NULL,
    areas        VARCHAR(1000)            NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_at    TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT practice_session_notes_consent CHECK (consent IS NULL OR consent IN ('VERBAL', 'WRITTEN'))
);

CREATE INDEX practice_session_notes_client ON practice_session_notes (client_id, session_date);
CREATE INDEX practice_session_notes_drafts ON practice_session_notes (written_by, created_at);

CREATE TABLE practice_note_amendments (
    id         UUID                     PRIMARY KEY,
    note_id    UUID                     NOT NULL REFERENCES practice_session_notes (id),
    position   INT                      NOT NULL,
    amended_by UUID                     NOT NULL,
    text       VARCHAR(10000)           NOT NULL,
    amended_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_note_amendments_place UNIQUE (note_id, position)
);
