-- The words a client is found by in the list as the therapist types (practice.clients, domain.SearchTerms): every
-- beginning of each word of their names and email address, lower-cased. Looked up by equality on the key, so the
-- same plain B-tree serves H2 and PostgreSQL whatever the collation (ADR 19, "Finding a client"). Written by the
-- application with every save of a client and erased with the client; rows for clients stored before this table
-- existed are written when the application starts.
CREATE TABLE practice_client_search_terms (
    term      VARCHAR(30) NOT NULL,
    client_id UUID        NOT NULL,
    CONSTRAINT practice_client_search_terms_key PRIMARY KEY (term, client_id)
);

CREATE INDEX practice_client_search_terms_client ON practice_client_search_terms (client_id);
