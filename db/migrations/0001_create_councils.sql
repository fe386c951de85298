-- Every local authority with children's-services duties in England and Wales, and the history of
-- its stance on the Runaways' Charter. Current status is derived from the history, never stored.

CREATE TABLE councils (
  id INTEGER PRIMARY KEY,
  gss_code TEXT NOT NULL UNIQUE
    CHECK (gss_code GLOB '[EW][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  slug TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
  official_name TEXT NOT NULL CHECK (official_name <> ''),
  short_name TEXT NOT NULL CHECK (short_name <> ''),
  nation TEXT NOT NULL CHECK (nation IN ('England', 'Wales')),
  region TEXT NOT NULL CHECK (region <> ''),
  type TEXT NOT NULL CHECK (
    type IN ('county', 'unitary', 'metropolitan borough', 'London borough', 'city corporation',
             'Welsh unitary')
  ),
  latitude REAL NOT NULL CHECK (latitude BETWEEN 49.8 AND 60.9),
  longitude REAL NOT NULL CHECK (longitude BETWEEN -8.7 AND 1.8),
  -- Campaigners may correct this; the seed only fills it in when empty.
  website_domain TEXT CHECK (website_domain IS NULL OR website_domain NOT GLOB '*[^a-z0-9.-]*'),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE council_status_events (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  status TEXT NOT NULL CHECK (status IN ('pledged', 'signed')),
  occurred_on TEXT NOT NULL
    CHECK (occurred_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  -- Where we learned it: a verified signing, a published report, a campaigner's record.
  source TEXT NOT NULL CHECK (source <> ''),
  note TEXT,
  signatory_name TEXT,
  signatory_role TEXT,
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Status only moves forward, so each status happens at most once per council.
  UNIQUE (council_id, status)
) STRICT;

-- not signed -> pledged -> signed: refuse any event that would move a council backwards or sideways.
CREATE TRIGGER council_status_moves_forward
BEFORE INSERT ON council_status_events
WHEN EXISTS (
  SELECT 1 FROM council_status_events
  WHERE council_id = NEW.council_id
    AND (status = 'signed' OR NEW.status = 'pledged')
)
BEGIN
  SELECT RAISE(ABORT, 'council status can only move forward');
END;

CREATE TRIGGER council_status_events_are_history
BEFORE UPDATE ON council_status_events
BEGIN
  SELECT RAISE(ABORT, 'council status events are history and cannot be changed');
END;

CREATE VIEW council_status AS
SELECT
  c.id AS council_id,
  COALESCE(latest.status, 'not_signed') AS status,
  latest.occurred_on AS status_since
FROM councils AS c
LEFT JOIN council_status_events AS latest
  ON latest.council_id = c.id
  AND latest.status = (
    SELECT e.status FROM council_status_events AS e
    WHERE e.council_id = c.id
    ORDER BY CASE e.status WHEN 'signed' THEN 2 ELSE 1 END DESC
    LIMIT 1
  );
