-- When a kept result's answers were evaluated (the result shown), as distinct from when it was kept (taken_at):
-- a result shown weeks ago and kept today is not a fresh pass of the red-flag screen (issue 11). NULL when the
-- time is not known (a page form without a valid stamp of when it was shown): such a result never counts as a
-- pass. Results kept before this change were evaluated when they were kept.
ALTER TABLE selfcheck_results ADD COLUMN evaluated_at TIMESTAMP WITH TIME ZONE;
UPDATE selfcheck_results SET evaluated_at = taken_at;
CREATE INDEX selfcheck_results_account_evaluated ON selfcheck_results (account_id, evaluated_at);
