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
