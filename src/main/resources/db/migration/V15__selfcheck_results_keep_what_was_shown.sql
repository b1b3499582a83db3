-- Kept results keep what was shown (hazard HZ-12 of the clinical review 2026-11): the red-flag set version and
-- the worded result itself (outcome title and message, flags, patterns with their steps and caveats, advice,
-- reassurance, safety net) as JSON, so a kept result is shown again as it was, never explained again with rules
-- it was not made with, and still loads after a question changes.
ALTER TABLE selfcheck_results ADD COLUMN red_flag_set_version VARCHAR(40);
ALTER TABLE selfcheck_results ADD COLUMN shown VARCHAR(100000);

-- Results kept before this change: every questionnaire version so far used red-flag set rf-2026-11-1. Their text
-- was not stored; they are shown from their answers while the versions still match, otherwise as "made with an
-- older version" (SelfCheckResults).
UPDATE selfcheck_results SET red_flag_set_version = 'rf-2026-11-1'
    WHERE question_set_version IN ('sc-2026-11-1', 'sc-2026-11-2');
