-- Letters supporters write to their council's targets, confirmed by email before they go.

-- Letters go from the campaign's address with the supporter as Reply-To.
ALTER TABLE email_outbox ADD COLUMN reply_to TEXT;

CREATE TABLE letters (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  -- Who wrote it; constituents must show they are local, so the postcode is required.
  writer_name TEXT CHECK (writer_name IS NULL OR length(writer_name) BETWEEN 1 AND 100),
  writer_email TEXT CHECK (writer_email IS NULL OR length(writer_email) BETWEEN 3 AND 254),
  writer_email_key TEXT NOT NULL,
  writer_postcode TEXT,
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 5 AND 150),
  body TEXT NOT NULL CHECK (length(body) BETWEEN 50 AND 5000),
  -- Word shingles of the body, for spotting letters nearly identical to ones already sent.
  fingerprint TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'expired')),
  confirm_token_hash TEXT UNIQUE,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  confirmed_at TEXT,
  -- The day the letter goes out: today, or a later day when the council's daily cap is reached.
  send_on TEXT
) STRICT;

CREATE INDEX letters_by_writer ON letters (writer_email_key, council_id, created_at);
CREATE INDEX letters_by_council_day ON letters (council_id, send_on) WHERE state = 'sent';

-- Letters sent per council, kept with each confirmation like supporter counts.
CREATE TABLE letter_counts (
  council_id INTEGER PRIMARY KEY,
  sent INTEGER NOT NULL DEFAULT 0 CHECK (sent >= 0)
) STRICT;

DROP VIEW council_support;
CREATE VIEW council_support AS
SELECT c.id AS council_id, COALESCE(n.confirmed, 0) AS supporters, COALESCE(l.sent, 0) AS letters
FROM councils AS c
LEFT JOIN supporter_counts AS n ON n.council_id = c.id
LEFT JOIN letter_counts AS l ON l.council_id = c.id;
