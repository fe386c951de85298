-- Supporters recorded offline: sign-ups on paper at events, and the campaign's lists from before
-- this site, entered by campaigners as dated, sourced counts. Counts only: nothing here says who
-- anyone is.
--
-- Entries are history, like the audit log: never changed, never deleted. A wrong one is put right
-- by a correcting entry that names it in `corrects`: from then on the correction counts instead
-- (with a count of 0 when the entry should never have counted), and the wrong figure, the right
-- one, who changed it and why all stay on record.
CREATE TABLE offline_supporters (
  id INTEGER PRIMARY KEY,
  -- When these people signed up: the day of the event, or the day the list's figure is from.
  counted_on TEXT NOT NULL CHECK (counted_on = date(counted_on)),
  count INTEGER NOT NULL CHECK (count BETWEEN 0 AND 100000),
  -- Where the figure comes from: a document's name, and a link to it when there is one.
  source TEXT NOT NULL CHECK (length(source) BETWEEN 3 AND 300),
  source_url TEXT
    CHECK (source_url IS NULL OR (source_url LIKE 'http%' AND length(source_url) <= 500)),
  -- The council the sign-ups were for, if any: they then count in its area too.
  council_id INTEGER REFERENCES councils (id),
  note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 1000),
  corrects INTEGER UNIQUE REFERENCES offline_supporters (id),
  -- Null for the seed, which records the figures the charity published.
  recorded_by INTEGER REFERENCES admin_users (id),
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Only a correction may say "none": a new entry of nobody would be noise.
  CHECK (count > 0 OR corrects IS NOT NULL)
) STRICT;

CREATE TRIGGER offline_supporters_are_history_update
BEFORE UPDATE ON offline_supporters
BEGIN
  SELECT RAISE(ABORT, 'offline supporters are history: record a correcting entry instead');
END;

CREATE TRIGGER offline_supporters_are_history_delete
BEFORE DELETE ON offline_supporters
BEGIN
  SELECT RAISE(ABORT, 'offline supporters are history: record a correcting entry instead');
END;

-- Offline supporters in the counters beside confirmed ones, in total (council_id 0) and per
-- council, moved in the same transaction as each entry, so the public count stays one read.
ALTER TABLE supporter_counts ADD COLUMN offline INTEGER NOT NULL DEFAULT 0 CHECK (offline >= 0);

-- A council's supporters are those who pledged here with a postcode in its area and those
-- recorded offline for it.
DROP VIEW council_support;
CREATE VIEW council_support AS
SELECT c.id AS council_id,
       COALESCE(n.confirmed + n.offline, 0) AS supporters,
       COALESCE(n.confirmed, 0) AS supporters_online,
       COALESCE(n.offline, 0) AS supporters_offline,
       COALESCE(l.sent, 0) AS letters
FROM councils AS c
LEFT JOIN supporter_counts AS n ON n.council_id = c.id
LEFT JOIN letter_counts AS l ON l.council_id = c.id;
