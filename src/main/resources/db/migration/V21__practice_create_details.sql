-- The practice's contact details, edited by the owner on /practice/details. One row (id 1); the
-- GLUTECOACH_PRACTICE_* settings fill it on the first start, and after that the stored values count.
CREATE TABLE practice_details (
    id         INT                      NOT NULL PRIMARY KEY,
    name       VARCHAR(120),
    phone      VARCHAR(25),
    email      VARCHAR(254),
    address    VARCHAR(300),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT practice_details_one_row CHECK (id = 1)
);
