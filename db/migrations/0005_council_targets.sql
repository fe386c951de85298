-- The people a supporter can write to about their council: the lead member for children's
-- services and, optionally, the director of children's services. Loaded from CSV by
-- `npm run targets:import`, which replaces a council's targets in one transaction.
CREATE TABLE council_targets (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  role TEXT NOT NULL CHECK (role IN ('lead_member', 'director')),
  email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  -- Where the details came from (a council web page, say), so they can be checked again.
  source TEXT NOT NULL CHECK (length(source) BETWEEN 3 AND 500),
  last_checked_on TEXT CHECK (last_checked_on IS NULL OR last_checked_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  UNIQUE (council_id, email)
) STRICT;

CREATE INDEX council_targets_by_council ON council_targets (council_id);
