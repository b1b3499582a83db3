-- "There is one practice owner" is kept by the database, not only checked by the application: two set-up forms
-- sent at the same moment both passed the check and made two owners. The owner's row holds TRUE in
-- practice_owner_slot and every other row NULL; a unique index allows one TRUE (and any number of NULLs).
ALTER TABLE identity_accounts ADD COLUMN practice_owner_slot BOOLEAN;

-- An installation set up twice at once before this keeps its first owner; the others stay therapists.
UPDATE identity_accounts SET practice_owner = FALSE
WHERE practice_owner AND id <> (SELECT id FROM identity_accounts WHERE practice_owner ORDER BY created_at, id LIMIT 1);
UPDATE identity_accounts SET practice_owner_slot = TRUE WHERE practice_owner;

CREATE UNIQUE INDEX identity_accounts_one_owner ON identity_accounts (practice_owner_slot);
ALTER TABLE identity_accounts ADD CONSTRAINT identity_accounts_owner_slot CHECK (
    (practice_owner AND practice_owner_slot IS NOT NULL AND practice_owner_slot)
    OR (NOT practice_owner AND practice_owner_slot IS NULL));
