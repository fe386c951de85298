-- Mobilisation emails: a campaigner writes one email (Markdown) for a segment of supporters, sends
-- a test to themselves, then sends it. Sending fixes who it goes to, in batches of up to 100 (the
-- provider's batch size), which a worker sends at the configured rate.
CREATE TABLE mailings (
  id INTEGER PRIMARY KEY,
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 150),
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  -- Who it is for, as JSON: {"kind":"not-signed"}, {"kind":"region","region":"Wales"}, …
  segment TEXT NOT NULL CHECK (json_valid(segment)),
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'sending', 'paused', 'sent')),
  created_by INTEGER NOT NULL REFERENCES admin_users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  -- The email as sent, fixed when sending starts (HTML and text, with stand-ins for each
  -- recipient's name and unsubscribe link), so the worker needs no templates.
  html TEXT,
  text TEXT,
  -- The last failure the worker met, for the progress page; cleared by the next success.
  last_error TEXT,
  CHECK (state = 'draft' OR (html IS NOT NULL AND text IS NOT NULL))
) STRICT;

CREATE INDEX mailings_sending ON mailings (started_at) WHERE state = 'sending';

-- Who a mailing goes to, fixed when it is sent. A batch is sent in one request under one
-- idempotency key (mailing and batch number), so a batch resent after a crash is delivered once.
CREATE TABLE mailing_recipients (
  mailing_id INTEGER NOT NULL REFERENCES mailings (id),
  supporter_id INTEGER NOT NULL REFERENCES supporters (id),
  batch INTEGER NOT NULL CHECK (batch >= 0),
  -- skipped: unsubscribed, erased or suppressed after the mailing was sent, before their batch.
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'skipped', 'failed')),
  sent_at TEXT,
  PRIMARY KEY (mailing_id, supporter_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX mailing_recipients_queued ON mailing_recipients (mailing_id, batch)
WHERE state = 'queued';

-- Addresses the provider told us bounced for good or complained (marked as spam): no campaign
-- email goes to them again. Keyed like supporters.email_key, so one person is one entry.
CREATE TABLE email_suppressions (
  email_key TEXT PRIMARY KEY CHECK (length(email_key) BETWEEN 3 AND 254),
  reason TEXT NOT NULL CHECK (reason IN ('bounce', 'complaint')),
  at TEXT NOT NULL
) STRICT;
