-- Kill switches: a campaigner can pause taking pledges or letters site-wide (under attack, or
-- while something is put right), with a notice the public sees. A row means paused.
CREATE TABLE paused_features (
  feature TEXT PRIMARY KEY CHECK (feature IN ('pledges', 'letters')),
  notice TEXT NOT NULL CHECK (length(notice) BETWEEN 10 AND 300),
  paused_at TEXT NOT NULL,
  paused_by INTEGER REFERENCES admin_users (id)
) STRICT;
