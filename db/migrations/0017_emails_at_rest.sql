-- Campaign email stops for the exact address that bounced or complained (in any letter case), not
-- for every address sharing its canonical form: person+tag@ and person@ are different mailboxes
-- wherever the provider does not do plus-addressing, and one bouncing says nothing of the other.
-- Entries made before were stored canonical; each keeps suppressing that address and every
-- supporter's address that shares it, so nobody suppressed before is emailed again.
CREATE TABLE email_suppressions_new (
  address TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(address) BETWEEN 3 AND 254),
  reason TEXT NOT NULL CHECK (reason IN ('bounce', 'complaint')),
  at TEXT NOT NULL
) STRICT;
INSERT INTO email_suppressions_new (address, reason, at)
SELECT email_key, reason, at FROM email_suppressions;
INSERT OR IGNORE INTO email_suppressions_new (address, reason, at)
SELECT s.email, x.reason, x.at
FROM email_suppressions AS x JOIN supporters AS s ON s.email_key = x.email_key
WHERE s.email IS NOT NULL;
DROP TABLE email_suppressions;
ALTER TABLE email_suppressions_new RENAME TO email_suppressions;

-- An email that has gone (sent, or given up as dead) keeps what support needs (template,
-- recipient, subject, state, times, the provider's id) and not its body: its HTML, text and
-- headers held working links (pledge confirmations, self-assessment and privacy links, one-click
-- unsubscribe keys), which token tables keep only as hashes. The outbox now forgets them when it
-- marks an email sent or dead; this forgets those already gone.
UPDATE email_outbox SET html = '', text = '', headers = '{}' WHERE state IN ('sent', 'dead');

-- Retention rules, erasure and the removal of fake pledges now delete the emails a record caused
-- with the record, by the idempotency keys its domain queued them under (each domain's
-- email-keys.ts). Emails whose record went before this release stayed behind, with the address,
-- Reply-To or subject they carried: they go now, as they would have then.
DELETE FROM email_outbox
WHERE (idempotency_key GLOB 'confirm:*' OR idempotency_key GLOB 'already:*')
  AND CAST(substr(idempotency_key, instr(idempotency_key, ':') + 1) AS INTEGER)
      NOT IN (SELECT id FROM supporters WHERE erased_at IS NULL);
DELETE FROM email_outbox
WHERE idempotency_key GLOB 'council-signed:*'
  AND CAST(substr(idempotency_key, 16 + instr(substr(idempotency_key, 16), ':')) AS INTEGER)
      NOT IN (SELECT id FROM supporters WHERE erased_at IS NULL);
DELETE FROM email_outbox
WHERE (idempotency_key GLOB 'letter:*'
       AND CAST(substr(idempotency_key, 8) AS INTEGER) NOT IN (SELECT id FROM letters))
   OR (idempotency_key GLOB 'letter-copy:*'
       AND CAST(substr(idempotency_key, 13) AS INTEGER) NOT IN (SELECT id FROM letters))
   OR (idempotency_key GLOB 'letter-follow-up:*'
       AND CAST(substr(idempotency_key, 18) AS INTEGER) NOT IN (SELECT id FROM letters))
   OR (idempotency_key GLOB 'confirm-letter:*'
       AND substr(idempotency_key, 16) NOT IN
           (SELECT substr(confirm_token_hash, 1, 16) FROM letters
            WHERE confirm_token_hash IS NOT NULL));
DELETE FROM email_outbox
WHERE idempotency_key GLOB 'signing-verify:*'
  AND CAST(substr(idempotency_key, 16) AS INTEGER) NOT IN (SELECT id FROM signing_requests);
DELETE FROM email_outbox
WHERE idempotency_key GLOB 'donation-receipt:*'
  AND CAST(substr(idempotency_key, 18) AS INTEGER) NOT IN
      (SELECT d.id FROM donations AS d JOIN donation_checkouts AS c ON c.id = d.checkout_id
       WHERE c.email IS NOT NULL);

-- A privacy link's request forgets who asked once the link has expired, and its email goes; the
-- emails with nothing but a link to manage a monthly gift go once it has expired (45 days). The
-- index finds those by kind and age.
UPDATE privacy_requests SET email_key = NULL
WHERE expires_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
DELETE FROM email_outbox
WHERE idempotency_key GLOB 'privacy:*'
  AND substr(idempotency_key, 9) NOT IN
      (SELECT substr(token_hash, 1, 16) FROM privacy_requests WHERE email_key IS NOT NULL);
CREATE INDEX email_outbox_by_template ON email_outbox (template, created_at);
DELETE FROM email_outbox
WHERE template = 'donation-manage-link'
  AND created_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-45 days');
