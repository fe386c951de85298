-- Letters reach real people or wait: targets are checked before anyone writes to them, a writer's
-- own ward councillors can be written to, and a writer's postcode is checked against the council.
--
-- A target is `unverified` (imported, never checked), `verified` (a campaigner checked it against
-- a source they link to, on a day they give) or `retired` (gone; kept, never deleted, so what was
-- sent to whom stays readable). "Stale" is a verified target checked more than six months ago:
-- it is worked out from `last_checked_on`, not stored. Every target that was loaded before this
-- migration becomes unverified: none was checked by anyone.

CREATE TABLE council_targets_checked (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  role TEXT NOT NULL CHECK (role IN ('lead_member', 'director', 'ward_councillor')),
  -- Some councils publish no address for a councillor; such a target cannot be written to.
  email TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
  party TEXT CHECK (party IS NULL OR length(party) BETWEEN 1 AND 100),
  -- A ward councillor's ward (or county division) as the council names it, and its GSS code once
  -- known; a ward name with no code waits for a campaigner to pair it.
  ward_name TEXT CHECK (ward_name IS NULL OR length(ward_name) BETWEEN 1 AND 120),
  ward_code TEXT CHECK (ward_code IS NULL OR ward_code GLOB '[EW][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  -- Where the details came from, so they can be checked again.
  source TEXT NOT NULL CHECK (length(source) BETWEEN 3 AND 500),
  last_checked_on TEXT CHECK (last_checked_on IS NULL OR last_checked_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  state TEXT NOT NULL DEFAULT 'unverified' CHECK (state IN ('unverified', 'verified', 'retired')),
  -- The councillor's id on the council's democracy site, which ties a re-import to this row.
  external_id TEXT CHECK (external_id IS NULL OR length(external_id) BETWEEN 1 AND 100),
  -- 1: on a busy day this target gets one digest of the day's letters rather than each one.
  digest INTEGER NOT NULL DEFAULT 1 CHECK (digest IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  retired_at TEXT,
  CHECK (state <> 'verified' OR (last_checked_on IS NOT NULL AND source GLOB 'http*://?*')),
  CHECK ((role = 'ward_councillor') = (ward_name IS NOT NULL)),
  CHECK ((state = 'retired') = (retired_at IS NOT NULL))
) STRICT;

INSERT INTO council_targets_checked (id, council_id, name, role, email, source, last_checked_on)
SELECT id, council_id, name, role, email, source, last_checked_on FROM council_targets;

DROP TABLE council_targets;
ALTER TABLE council_targets_checked RENAME TO council_targets;

CREATE INDEX council_targets_by_council ON council_targets (council_id, state);
CREATE INDEX council_targets_by_ward ON council_targets (ward_code) WHERE ward_code IS NOT NULL;
-- A working address belongs to one target per council; retired rows keep theirs.
CREATE UNIQUE INDEX council_targets_one_email ON council_targets (council_id, email)
WHERE email IS NOT NULL AND state <> 'retired';
CREATE UNIQUE INDEX council_targets_one_external ON council_targets (council_id, external_id)
WHERE external_id IS NOT NULL;

-- Wards (and county electoral divisions) by GSS code, as postcodes.io names them: learned from
-- every postcode looked up, and from campaigners pairing a democracy site's ward names.
CREATE TABLE council_wards (
  gss_code TEXT PRIMARY KEY
    CHECK (gss_code GLOB '[EW][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  council_id INTEGER NOT NULL REFERENCES councils (id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120)
) STRICT;

CREATE INDEX council_wards_by_council ON council_wards (council_id, name);

-- The address of a council's democracy (Modern.gov) site, from which its councillors are imported.
ALTER TABLE councils ADD COLUMN democracy_site TEXT;

-- A democracy site's ward name that did not match a ward's name, paired by a campaigner with a
-- ward code, so every later import of that site pairs it the same way.
CREATE TABLE ward_pairings (
  council_id INTEGER NOT NULL REFERENCES councils (id),
  site_ward_name TEXT NOT NULL,
  ward_code TEXT NOT NULL REFERENCES council_wards (gss_code),
  PRIMARY KEY (council_id, site_ward_name)
) STRICT;

-- What an import read from a democracy site, kept until a campaigner applies it, so what is
-- applied is exactly what they were shown.
CREATE TABLE target_imports (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  source TEXT NOT NULL,
  -- The councillors read, as JSON.
  councillors TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  applied_at TEXT
) STRICT;

-- Letters gain the writer's ward (checked by looking up their postcode), the state `held` (sent
-- by its writer to a council with nobody verified to write to; it goes when somebody is, or
-- expires), and the people each one went to.
CREATE TABLE letters_checked (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  writer_name TEXT CHECK (writer_name IS NULL OR length(writer_name) BETWEEN 1 AND 100),
  writer_email TEXT CHECK (writer_email IS NULL OR length(writer_email) BETWEEN 3 AND 254),
  writer_email_key TEXT NOT NULL,
  writer_postcode TEXT,
  -- The ward the postcode is in, from the lookup; null when the lookup could not be made.
  writer_ward_code TEXT,
  writer_ward_name TEXT,
  -- 0 while the postcode could not be checked (the lookup was down): the letter waits as a draft.
  postcode_checked INTEGER NOT NULL DEFAULT 1 CHECK (postcode_checked IN (0, 1)),
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 5 AND 150),
  body TEXT NOT NULL CHECK (length(body) BETWEEN 50 AND 5000),
  fingerprint TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'held', 'sent', 'expired')),
  confirm_token_hash TEXT UNIQUE,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  confirmed_at TEXT,
  send_on TEXT,
  -- Until when a held letter waits for somebody verified to write to.
  held_until TEXT,
  reply_token_hash TEXT,
  reply_answer TEXT CHECK (reply_answer IS NULL OR reply_answer IN ('yes', 'no', 'not_yet')),
  reply_answered_at TEXT
) STRICT;

INSERT INTO letters_checked (id, council_id, writer_name, writer_email, writer_email_key,
  writer_postcode, subject, body, fingerprint, state, confirm_token_hash, expires_at, created_at,
  confirmed_at, send_on, reply_token_hash, reply_answer, reply_answered_at)
SELECT id, council_id, writer_name, writer_email, writer_email_key, writer_postcode, subject, body,
  fingerprint, state, confirm_token_hash, expires_at, created_at, confirmed_at, send_on,
  reply_token_hash, reply_answer, reply_answered_at
FROM letters;

DROP TABLE letters;
ALTER TABLE letters_checked RENAME TO letters;

CREATE INDEX letters_by_writer ON letters (writer_email_key, council_id, created_at);
CREATE INDEX letters_by_council_day ON letters (council_id, send_on) WHERE state = 'sent';
CREATE UNIQUE INDEX letters_by_reply_token ON letters (reply_token_hash)
WHERE reply_token_hash IS NOT NULL;
CREATE INDEX letters_by_day ON letters (send_on) WHERE state = 'sent';
CREATE INDEX letters_held ON letters (council_id, held_until) WHERE state = 'held';

-- Who the writer chose to write to, and when each copy went: `sent_on` is null while the letter
-- waits (held, or the writer has not confirmed), and `digest` is 1 when it went in that day's
-- digest to the target rather than on its own.
CREATE TABLE letter_recipients (
  letter_id INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES council_targets (id),
  sent_on TEXT,
  digest INTEGER NOT NULL DEFAULT 0 CHECK (digest IN (0, 1)),
  PRIMARY KEY (letter_id, target_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX letter_recipients_by_target ON letter_recipients (target_id, sent_on);

-- Every letter sent before this went to all of its council's targets of the time.
INSERT INTO letter_recipients (letter_id, target_id, sent_on)
SELECT l.id, t.id, l.send_on FROM letters AS l JOIN council_targets AS t ON t.council_id = l.council_id
WHERE l.state = 'sent';
