-- Self-check results a person chose to keep (only with their consent to keep health answers). Each keeps the
-- answers and the questionnaire and rule versions it was evaluated with, so it can be explained again later.
CREATE TABLE selfcheck_results (
    id                   UUID                     NOT NULL PRIMARY KEY,
    account_id           UUID                     NOT NULL,
    taken_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    question_set_version VARCHAR(40)              NOT NULL,
    rule_version         VARCHAR(40)              NOT NULL,
    outcome              VARCHAR(20)              NOT NULL,
    patterns             VARCHAR(500)             NOT NULL,
    answers              VARCHAR(8000)            NOT NULL
);

CREATE INDEX selfcheck_results_account ON selfcheck_results (account_id, taken_at);
