-- Why a person's routines wait for a new pass of the red-flag screen: a red-flag screen shown to them (as before),
-- or pins and needles or numbness answered in a routine's comfort check.
ALTER TABLE routines_red_flag_holds ADD COLUMN cause VARCHAR(20) DEFAULT 'RED_FLAG' NOT NULL;
