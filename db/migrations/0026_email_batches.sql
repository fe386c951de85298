-- Transactional email goes to the provider in batches of up to 100 a request. Each request the
-- outbox is about to make is written down here, with the emails it carries, BEFORE it is made: a
-- crash between the provider taking it and the outbox recording it then resends the same emails
-- under the same idempotency key, which the provider answers without delivering them again.
-- An email joins a batch once and for good; emails queued meanwhile join a later one.
--
-- state: 'together' sends the members in one batch request under idempotency_key; 'alone' sends
-- each member by itself under its own key (a single email due after a quiet spell, and the members
-- of a batch the provider refused, which it delivered none of). The only move is together → alone.
-- idempotency_key carries a random part, so a database restored from a backup never sends a
-- different batch under a key the provider has already seen (it keeps keys for 24 hours).
CREATE TABLE email_batches (
  id INTEGER PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('together', 'alone')),
  idempotency_key TEXT UNIQUE CHECK (idempotency_key IS NULL OR length(idempotency_key) <= 256),
  -- Why a batch went from together to alone: the provider's answer, without any address.
  split_reason TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (state = 'alone' OR idempotency_key IS NOT NULL)
) STRICT;

-- The batch an email was fixed to before its first request; NULL until then.
ALTER TABLE email_outbox ADD COLUMN batch_id INTEGER REFERENCES email_batches (id);
CREATE INDEX email_outbox_by_batch ON email_outbox (batch_id) WHERE batch_id IS NOT NULL;

