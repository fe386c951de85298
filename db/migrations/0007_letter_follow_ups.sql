-- Two weeks after a letter goes, its writer is asked whether the councillor replied.

-- The link in the follow-up email; only its hash is kept, like every other link.
ALTER TABLE letters ADD COLUMN reply_token_hash TEXT;
-- What the writer said: yes, no, or not yet. They may change it later (a late reply).
ALTER TABLE letters ADD COLUMN reply_answer TEXT
  CHECK (reply_answer IS NULL OR reply_answer IN ('yes', 'no', 'not_yet'));
ALTER TABLE letters ADD COLUMN reply_answered_at TEXT;

CREATE UNIQUE INDEX letters_by_reply_token ON letters (reply_token_hash)
WHERE reply_token_hash IS NOT NULL;

-- Tallies per day for campaigners read sent letters by the day they went.
CREATE INDEX letters_by_day ON letters (send_on) WHERE state = 'sent';
