-- Supporters who pledge, what they consented to, counters kept in step with them, and the email
-- outbox every message goes through.

CREATE TABLE supporters (
  id INTEGER PRIMARY KEY,
  -- The address as typed (trimmed), for sending; and its canonical form (lower case, no
  -- plus-tag, no Gmail dots), so one person is one supporter however they write it.
  -- Erasing a supporter clears everything that says who they were and keeps the row, so the
  -- anonymous counts stay true; email_key then becomes a placeholder.
  email TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
  email_key TEXT NOT NULL UNIQUE CHECK (length(email_key) BETWEEN 3 AND 254),
  first_name TEXT CHECK (first_name IS NULL OR length(first_name) BETWEEN 1 AND 50),
  last_name TEXT CHECK (last_name IS NULL OR length(last_name) BETWEEN 1 AND 50),
  postcode TEXT CHECK (postcode IS NULL OR length(postcode) BETWEEN 5 AND 8),
  council_id INTEGER REFERENCES councils (id),
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed')),
  wants_campaign_emails INTEGER NOT NULL DEFAULT 0 CHECK (wants_campaign_emails IN (0, 1)),
  -- Only a hash of the confirmation token is kept: a copy of the database cannot confirm anyone.
  confirm_token_hash TEXT UNIQUE,
  confirm_token_expires_at TEXT,
  confirmation_sent_at TEXT,
  -- A random key for one-click unsubscribe links in campaign emails; it grants nothing else.
  -- Unsubscribing withdraws the campaign-emails consent; the pledge itself still counts.
  unsubscribe_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  confirmed_at TEXT,
  erased_at TEXT,
  CHECK (erased_at IS NOT NULL OR (email IS NOT NULL AND first_name IS NOT NULL AND last_name IS NOT NULL))
) STRICT;

CREATE INDEX supporters_by_council ON supporters (council_id, state);
CREATE INDEX supporters_by_state ON supporters (state, created_at);

-- What a supporter agreed to, in which wording, where and when; withdrawal is recorded, never
-- deleted, so the charity can show what it was allowed to do at any time.
CREATE TABLE consent_records (
  id INTEGER PRIMARY KEY,
  supporter_id INTEGER NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('pledge', 'campaign_emails')),
  text_version TEXT NOT NULL,
  source_page TEXT NOT NULL CHECK (length(source_page) <= 200),
  given_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  withdrawn_at TEXT
) STRICT;

CREATE INDEX consent_by_supporter ON consent_records (supporter_id);

-- Confirmed supporters, in total (council_id 0) and per council, changed in the same
-- transaction as the supporter row, so the public count is read, not counted.
CREATE TABLE supporter_counts (
  council_id INTEGER PRIMARY KEY,
  confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed >= 0)
) STRICT;
INSERT INTO supporter_counts (council_id, confirmed) VALUES (0, 0);

DROP VIEW council_support;
CREATE VIEW council_support AS
SELECT c.id AS council_id, COALESCE(n.confirmed, 0) AS supporters, 0 AS letters
FROM councils AS c LEFT JOIN supporter_counts AS n ON n.council_id = c.id;

-- Every email, written in the same transaction as the change that causes it, then sent by the
-- worker. The idempotency key goes to the provider, so a retry after a crash cannot send twice.
CREATE TABLE email_outbox (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  template TEXT NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  html TEXT NOT NULL,
  text TEXT NOT NULL,
  headers TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_error TEXT,
  transport TEXT,
  provider_id TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  sent_at TEXT
) STRICT;

CREATE INDEX email_outbox_due ON email_outbox (state, next_attempt_at);

-- Requests to see or erase one's data: the emailed link's token hash, and what was done.
CREATE TABLE privacy_requests (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  -- Cleared when the request erases the supporter.
  email_key TEXT,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  action TEXT CHECK (action IS NULL OR action IN ('exported', 'erased')),
  acted_at TEXT
) STRICT;
