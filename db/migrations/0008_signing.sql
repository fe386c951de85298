-- Councils sign the charter through the site: the people who approve signatures, the requests
-- themselves, and councils' self-assessments against the planning guide.

-- The campaign's own people. Passwords are argon2id hashes; an account has none until its holder
-- follows the one-time link printed when it was created.
CREATE TABLE admin_users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 254),
  role TEXT NOT NULL CHECK (role IN ('admin', 'campaigner', 'moderator')),
  password_hash TEXT,
  set_password_token_hash TEXT UNIQUE,
  set_password_expires_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Only a hash of the cookie's value is kept, so a copy of the database cannot log anyone in.
CREATE TABLE admin_sessions (
  id_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;

CREATE INDEX admin_sessions_by_user ON admin_sessions (user_id);

-- Someone from a council asks to sign (or says the council intends to). Nothing public changes
-- until they have proved the address is theirs and a campaigner has approved.
CREATE TABLE signing_requests (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  intent TEXT NOT NULL CHECK (intent IN ('sign', 'pledge')),
  intends_to_sign_by TEXT
    CHECK (intends_to_sign_by IS NULL OR intends_to_sign_by GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  signatory_name TEXT NOT NULL CHECK (length(signatory_name) BETWEEN 2 AND 100),
  signatory_role TEXT NOT NULL CHECK (length(signatory_role) BETWEEN 2 AND 100),
  email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  lead_member_name TEXT NOT NULL CHECK (length(lead_member_name) BETWEEN 2 AND 100),
  -- The wording they committed to (src/lib/signing/charter-text.ts).
  charter_version TEXT NOT NULL,
  -- Null when the address is on one of the council's own domains; otherwise why a campaigner
  -- must check with the council before approving.
  review_reason TEXT,
  verify_token_hash TEXT NOT NULL UNIQUE,
  verify_expires_at TEXT NOT NULL,
  verified_at TEXT,
  state TEXT NOT NULL DEFAULT 'unverified'
    CHECK (state IN ('unverified', 'awaiting_approval', 'approved', 'rejected')),
  decided_at TEXT,
  decided_by INTEGER REFERENCES admin_users (id),
  rejection_reason TEXT CHECK (rejection_reason IS NULL OR length(rejection_reason) <= 1000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((intent = 'pledge') = (intends_to_sign_by IS NOT NULL)),
  CHECK ((state = 'rejected') = (rejection_reason IS NOT NULL))
) STRICT;

CREATE INDEX signing_requests_by_state ON signing_requests (state, created_at);
CREATE INDEX signing_requests_by_council ON signing_requests (council_id);

-- Which request a status event came from, when it came from one.
ALTER TABLE council_status_events ADD COLUMN signing_request_id INTEGER
  REFERENCES signing_requests (id);

-- A council's private link to its self-assessment. Only the token's hash is kept.
CREATE TABLE assessment_links (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  token_hash TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX assessment_links_by_council ON assessment_links (council_id);

-- How far a council has got with each action of the planning guide's checklist
-- (src/content/planning-guide-checklist.json). No row means not yet rated.
CREATE TABLE assessment_ratings (
  council_id INTEGER NOT NULL REFERENCES councils (id),
  action_id TEXT NOT NULL CHECK (action_id GLOB '[a-z]*-[0-9]*'),
  rating TEXT NOT NULL CHECK (rating IN ('not_started', 'in_progress', 'in_place')),
  evidence TEXT CHECK (evidence IS NULL OR length(evidence) <= 1000),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (council_id, action_id)
) STRICT, WITHOUT ROWID;
