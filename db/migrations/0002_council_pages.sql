-- What council pages and open data show beyond status: supporter numbers, when a campaigner last
-- checked the record, and reports from the public that something is out of date.

-- The day a campaigner last confirmed the council's record against a source.
ALTER TABLE councils ADD COLUMN checked_on TEXT
  CHECK (checked_on IS NULL OR checked_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');

-- Supporters who pledged and letters sent, per council. The pledge and letter features redefine
-- this view over their own tables; until they exist every council has none, and pages read the
-- numbers from here either way.
CREATE VIEW council_support AS
SELECT id AS council_id, 0 AS supporters, 0 AS letters FROM councils;

-- "Is this wrong?": anyone may say a council's record is out of date. Reports wait for a
-- campaigner; nothing about the reporter is stored.
CREATE TABLE council_reports (
  id INTEGER PRIMARY KEY,
  council_id INTEGER NOT NULL REFERENCES councils (id),
  topic TEXT NOT NULL CHECK (topic IN ('status', 'signatory', 'website', 'details')),
  details TEXT NOT NULL CHECK (length(details) BETWEEN 10 AND 2000),
  source_url TEXT CHECK (source_url IS NULL OR length(source_url) <= 500),
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reviewed_at TEXT
) STRICT;

CREATE INDEX council_reports_by_state ON council_reports (state, created_at);
