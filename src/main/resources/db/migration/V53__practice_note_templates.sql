-- The practice's note templates as the owner keeps them (ADR 20): starting text for a new note, never a client's
-- data. A row with a bundled_key holds the owner's wording of that bundled template (first-visit, follow-up,
-- discharge), and deleting the row resets it to the bundled wording; a row without one is a template of the
-- owner's own, under its name. A UNIQUE column allows many NULLs on both H2 and PostgreSQL.
CREATE TABLE practice_note_templates (
    id          UUID                     PRIMARY KEY,
    bundled_key VARCHAR(40),
    name        VARCHAR(80)              NOT NULL,
    subjective  VARCHAR(10000)           NOT NULL,
    objective   VARCHAR(10000)           NOT NULL,
    assessment  VARCHAR(10000)           NOT NULL,
    plan        VARCHAR(10000)           NOT NULL,
    treatment   VARCHAR(10000)           NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT practice_note_templates_bundled UNIQUE (bundled_key)
);
