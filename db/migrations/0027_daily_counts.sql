-- The dashboard's figures by day, kept as counters so that opening the dashboard reads a few
-- hundred rows, never every supporter (at a million supporters its scans held the one thread
-- that serves the public for most of a second).
--
-- What each day's figure is (`day` is the first ten characters of the UTC timestamp named):
--   pledged             pledges made that day (supporters.created_at), in any state, as the
--                       dashboard's chart has always shown them: a pledge later confirmed, erased
--                       or found fake stays on the day it was made; one deleted unconfirmed by
--                       retention leaves it.
--   pending             pledges made that day whose link is not yet used and whose supporter was
--                       not erased (summed over every day: the dashboard's "pending").
--   confirmed           confirmations that day (supporters.confirmed_at), of every pledge still
--                       on record.
--   unsubscribed        consents to campaign emails withdrawn that day (consent_records), by the
--                       unsubscribe link, the privacy page, a bounce or complaint, or erasure.
--   first_unsubscribed  supporters whose first withdrawal of campaign-email consent was that day
--                       (summed: the dashboard's "unsubscribed", each supporter once).
--   letters             letters sent that day (letters.send_on, state 'sent') still on record: a
--                       writer's erasure deletes theirs from here, though councils' tallies keep them.
--
-- Triggers move the counters in the same statement, so in the same transaction, as each row
-- changes: every write path (pledging, confirming, the ways to unsubscribe, erasure,
-- invalidation, retention's deletions, in any size of chunk) keeps them true without having to
-- remember to, which no list of call sites could promise across the domains that write these
-- rows. `daily_counts_from_rows` is the one definition of each figure as a count of rows: the
-- backfill below, the rebuild and the daily drift check all read it.
CREATE TABLE daily_counts (
  what TEXT NOT NULL CHECK (
    what IN ('pledged', 'pending', 'confirmed', 'unsubscribed', 'first_unsubscribed', 'letters')
  ),
  day TEXT NOT NULL CHECK (length(day) = 10),
  count INTEGER NOT NULL,
  PRIMARY KEY (what, day)
) STRICT, WITHOUT ROWID;

CREATE VIEW daily_counts_from_rows (what, day, count) AS
SELECT 'pledged', substr(created_at, 1, 10), count(*) FROM supporters GROUP BY 2
UNION ALL
SELECT 'pending', substr(created_at, 1, 10), count(*) FROM supporters
WHERE state = 'pending' AND erased_at IS NULL GROUP BY 2
UNION ALL
SELECT 'confirmed', substr(confirmed_at, 1, 10), count(*) FROM supporters
WHERE confirmed_at IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'unsubscribed', substr(withdrawn_at, 1, 10), count(*) FROM consent_records
WHERE purpose = 'campaign_emails' AND withdrawn_at IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'first_unsubscribed', day, count(*) FROM (
  SELECT substr(min(withdrawn_at), 1, 10) AS day FROM consent_records
  WHERE purpose = 'campaign_emails' AND withdrawn_at IS NOT NULL GROUP BY supporter_id)
GROUP BY 2
UNION ALL
SELECT 'letters', substr(send_on, 1, 10), count(*) FROM letters
WHERE state = 'sent' AND send_on IS NOT NULL GROUP BY 2;

INSERT INTO daily_counts (what, day, count) SELECT what, day, count FROM daily_counts_from_rows;

-- Supporters: a row counts as pledged by its created_at, as pending while pending and not erased,
-- as confirmed by its confirmed_at. An update takes the old row's counts away and adds the new's.
CREATE TRIGGER daily_counts_supporter_insert AFTER INSERT ON supporters
BEGIN
  INSERT INTO daily_counts (what, day, count)
  SELECT 'pledged', substr(NEW.created_at, 1, 10), 1 WHERE 1
  UNION ALL SELECT 'pending', substr(NEW.created_at, 1, 10), 1
  WHERE NEW.state = 'pending' AND NEW.erased_at IS NULL
  UNION ALL SELECT 'confirmed', substr(NEW.confirmed_at, 1, 10), 1 WHERE NEW.confirmed_at IS NOT NULL
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER daily_counts_supporter_delete AFTER DELETE ON supporters
BEGIN
  INSERT INTO daily_counts (what, day, count)
  SELECT 'pledged', substr(OLD.created_at, 1, 10), -1 WHERE 1
  UNION ALL SELECT 'pending', substr(OLD.created_at, 1, 10), -1
  WHERE OLD.state = 'pending' AND OLD.erased_at IS NULL
  UNION ALL SELECT 'confirmed', substr(OLD.confirmed_at, 1, 10), -1 WHERE OLD.confirmed_at IS NOT NULL
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER daily_counts_supporter_update
AFTER UPDATE OF created_at, state, erased_at, confirmed_at ON supporters
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.state IS NOT NEW.state
  OR OLD.erased_at IS NOT NEW.erased_at OR OLD.confirmed_at IS NOT NEW.confirmed_at
BEGIN
  INSERT INTO daily_counts (what, day, count)
  SELECT 'pledged', substr(OLD.created_at, 1, 10), -1 WHERE 1
  UNION ALL SELECT 'pending', substr(OLD.created_at, 1, 10), -1
  WHERE OLD.state = 'pending' AND OLD.erased_at IS NULL
  UNION ALL SELECT 'confirmed', substr(OLD.confirmed_at, 1, 10), -1 WHERE OLD.confirmed_at IS NOT NULL
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
  INSERT INTO daily_counts (what, day, count)
  SELECT 'pledged', substr(NEW.created_at, 1, 10), 1 WHERE 1
  UNION ALL SELECT 'pending', substr(NEW.created_at, 1, 10), 1
  WHERE NEW.state = 'pending' AND NEW.erased_at IS NULL
  UNION ALL SELECT 'confirmed', substr(NEW.confirmed_at, 1, 10), 1 WHERE NEW.confirmed_at IS NOT NULL
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

-- Consent records: each withdrawn campaign-email consent counts on its day; a supporter counts
-- once, on the day of their earliest withdrawal, so a change takes away the supporter's earliest
-- day as it was and adds it as it is now (each an indexed read of that supporter's records).
CREATE TRIGGER daily_counts_consent_insert AFTER INSERT ON consent_records
WHEN NEW.purpose = 'campaign_emails' AND NEW.withdrawn_at IS NOT NULL
BEGIN
  INSERT INTO daily_counts (what, day, count)
  SELECT 'first_unsubscribed', substr(min(withdrawn_at), 1, 10), -1 FROM consent_records
  WHERE supporter_id = NEW.supporter_id AND purpose = 'campaign_emails'
    AND withdrawn_at IS NOT NULL AND id <> NEW.id
  HAVING min(withdrawn_at) IS NOT NULL
  UNION ALL
  SELECT 'first_unsubscribed', substr(min(withdrawn_at), 1, 10), 1 FROM consent_records
  WHERE supporter_id = NEW.supporter_id AND purpose = 'campaign_emails' AND withdrawn_at IS NOT NULL
  UNION ALL SELECT 'unsubscribed', substr(NEW.withdrawn_at, 1, 10), 1 WHERE 1
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER daily_counts_consent_delete AFTER DELETE ON consent_records
WHEN OLD.purpose = 'campaign_emails' AND OLD.withdrawn_at IS NOT NULL
BEGIN
  INSERT INTO daily_counts (what, day, count)
  SELECT 'first_unsubscribed', substr(min(withdrawn_at), 1, 10), -1 FROM (
    SELECT withdrawn_at FROM consent_records
    WHERE supporter_id = OLD.supporter_id AND purpose = 'campaign_emails'
      AND withdrawn_at IS NOT NULL
    UNION ALL SELECT OLD.withdrawn_at)
  UNION ALL
  SELECT 'first_unsubscribed', substr(min(withdrawn_at), 1, 10), 1 FROM consent_records
  WHERE supporter_id = OLD.supporter_id AND purpose = 'campaign_emails' AND withdrawn_at IS NOT NULL
  HAVING min(withdrawn_at) IS NOT NULL
  UNION ALL SELECT 'unsubscribed', substr(OLD.withdrawn_at, 1, 10), -1 WHERE 1
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER daily_counts_consent_update AFTER UPDATE OF purpose, withdrawn_at ON consent_records
WHEN OLD.purpose IS NOT NEW.purpose OR OLD.withdrawn_at IS NOT NEW.withdrawn_at
BEGIN
  INSERT INTO daily_counts (what, day, count)
  SELECT 'first_unsubscribed', substr(min(withdrawn_at), 1, 10), -1 FROM (
    SELECT withdrawn_at FROM consent_records
    WHERE supporter_id = OLD.supporter_id AND purpose = 'campaign_emails'
      AND withdrawn_at IS NOT NULL AND id <> OLD.id
    UNION ALL SELECT OLD.withdrawn_at WHERE OLD.purpose = 'campaign_emails')
  HAVING min(withdrawn_at) IS NOT NULL
  UNION ALL
  SELECT 'first_unsubscribed', substr(min(withdrawn_at), 1, 10), 1 FROM consent_records
  WHERE supporter_id = NEW.supporter_id AND purpose = 'campaign_emails' AND withdrawn_at IS NOT NULL
  HAVING min(withdrawn_at) IS NOT NULL
  UNION ALL SELECT 'unsubscribed', substr(OLD.withdrawn_at, 1, 10), -1
  WHERE OLD.purpose = 'campaign_emails' AND OLD.withdrawn_at IS NOT NULL
  UNION ALL SELECT 'unsubscribed', substr(NEW.withdrawn_at, 1, 10), 1
  WHERE NEW.purpose = 'campaign_emails' AND NEW.withdrawn_at IS NOT NULL
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

-- Letters: a sent letter counts on its send_on day (a sent letter always has one; one without
-- would have no day to count on, so none is counted).
CREATE TRIGGER daily_counts_letter_insert AFTER INSERT ON letters
WHEN NEW.state = 'sent' AND NEW.send_on IS NOT NULL
BEGIN
  INSERT INTO daily_counts (what, day, count) VALUES ('letters', substr(NEW.send_on, 1, 10), 1)
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER daily_counts_letter_delete AFTER DELETE ON letters
WHEN OLD.state = 'sent' AND OLD.send_on IS NOT NULL
BEGIN
  INSERT INTO daily_counts (what, day, count) VALUES ('letters', substr(OLD.send_on, 1, 10), -1)
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER daily_counts_letter_update AFTER UPDATE OF state, send_on ON letters
WHEN (OLD.state = 'sent' OR NEW.state = 'sent')
  AND (OLD.state IS NOT NEW.state OR OLD.send_on IS NOT NEW.send_on)
BEGIN
  INSERT INTO daily_counts (what, day, count)
  SELECT 'letters', substr(OLD.send_on, 1, 10), -1
  WHERE OLD.state = 'sent' AND OLD.send_on IS NOT NULL
  UNION ALL SELECT 'letters', substr(NEW.send_on, 1, 10), 1
  WHERE NEW.state = 'sent' AND NEW.send_on IS NOT NULL
  ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;
