-- A council's record says what is known and no more, and campaigners can put it right.
--
-- Each event now says how precisely its date is known (`day`, `month`, `year`, or `by`: only that
-- it had happened by then), and what kind of event it is: a pledge, a signing, a withdrawal, a
-- correction (the record was wrong; the event says what the status really is), or the naming of
-- who signed for a council after the fact. History stays append-only: nothing is changed or
-- deleted, and a council's status is the status its latest event leaves it with. Which moves are
-- allowed is decided in one place, src/lib/councils/history.ts, no longer by a trigger here.
--
-- The 32 councils named in the September 2013 report were seeded with days spread two weeks apart
-- "for illustration"; nobody published the day each signed. They become what the report says:
-- signed by 19 September 2013, the day it was published.

DROP VIEW council_status;
DROP TRIGGER council_status_moves_forward;
DROP TRIGGER council_status_events_are_history;

CREATE TABLE council_events (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  kind TEXT NOT NULL CHECK (kind IN ('pledged', 'signed', 'withdrawn', 'corrected', 'signatory')),
  -- The council's status after this event; a signatory named later leaves it as it was.
  status TEXT CHECK (status IN ('not_signed', 'pledged', 'signed')),
  occurred_on TEXT NOT NULL
    CHECK (occurred_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  precision TEXT NOT NULL DEFAULT 'day' CHECK (precision IN ('day', 'month', 'year', 'by')),
  -- Where we learned it: a verified signing, a published report, a document or a link.
  source TEXT NOT NULL CHECK (trim(source) <> ''),
  note TEXT,
  signatory_name TEXT,
  signatory_role TEXT,
  signing_request_id INTEGER REFERENCES signing_requests (id),
  -- The campaign account that recorded it; null for the seed and for signings approved before.
  recorded_by INTEGER REFERENCES admin_users (id),
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((kind = 'signatory') = (status IS NULL)),
  CHECK (kind NOT IN ('pledged', 'signed') OR status = kind),
  CHECK (kind <> 'withdrawn' OR status = 'not_signed'),
  CHECK (kind <> 'signatory' OR signatory_name IS NOT NULL)
) STRICT;

INSERT INTO council_events (id, council_id, kind, status, occurred_on, precision, source, note,
                            signatory_name, signatory_role, signing_request_id, recorded_at)
SELECT id, council_id, status, status,
       CASE WHEN note LIKE '%illustrative%' THEN '2013-09-19' ELSE occurred_on END,
       CASE WHEN note LIKE '%illustrative%' THEN 'by' ELSE 'day' END,
       source,
       CASE WHEN note LIKE '%illustrative%'
            THEN 'Named in the Making Runaways Safer report (September 2013) among the councils that had signed by its publication; the day each council signed was not published.'
            ELSE note END,
       signatory_name, signatory_role, signing_request_id, recorded_at
FROM council_status_events;

DROP TABLE council_status_events;
ALTER TABLE council_events RENAME TO council_status_events;

-- The latest event that set a status, per council: the view below reads it for every council.
CREATE INDEX council_status_events_latest ON council_status_events (council_id, id)
  WHERE status IS NOT NULL;

CREATE TRIGGER council_status_events_are_history
BEFORE UPDATE ON council_status_events
BEGIN
  SELECT RAISE(ABORT, 'council status events are history and cannot be changed');
END;

CREATE TRIGGER council_status_events_are_kept
BEFORE DELETE ON council_status_events
BEGIN
  SELECT RAISE(ABORT, 'council status events are history and cannot be deleted');
END;

CREATE VIEW council_status AS
SELECT
  c.id AS council_id,
  COALESCE(latest.status, 'not_signed') AS status,
  latest.occurred_on AS status_since,
  latest.precision AS status_precision
FROM councils AS c
LEFT JOIN council_status_events AS latest ON latest.id = (
  SELECT max(e.id) FROM council_status_events AS e
  WHERE e.council_id = c.id AND e.status IS NOT NULL
);

-- An accepted "Is this wrong?" report says what was changed, in words, for whoever looks later.
ALTER TABLE council_reports ADD COLUMN resolution TEXT;
