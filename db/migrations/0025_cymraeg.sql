-- Cymraeg: the campaign in Welsh for Wales's 22 councils and the people they serve.

-- A Welsh council's own Welsh names and the Welsh address of its page (/cy/cynghorau/caerdydd),
-- from db/seed/welsh-council-names.csv. Null for councils in England.
ALTER TABLE councils ADD COLUMN welsh_name TEXT
  CHECK (welsh_name IS NULL OR length(welsh_name) BETWEEN 2 AND 120);
ALTER TABLE councils ADD COLUMN welsh_short_name TEXT
  CHECK (welsh_short_name IS NULL OR length(welsh_short_name) BETWEEN 2 AND 60);
ALTER TABLE councils ADD COLUMN welsh_slug TEXT
  CHECK (welsh_slug IS NULL OR (welsh_slug <> '' AND welsh_slug NOT GLOB '*[^a-z0-9-]*'));
CREATE UNIQUE INDEX councils_by_welsh_slug ON councils (welsh_slug) WHERE welsh_slug IS NOT NULL;

-- The language a person chose to hear from us in, recorded with their consent: the language of
-- the page they used, which the form tells them. Every email they get afterwards is in it.
ALTER TABLE supporters ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
  CHECK (language IN ('en', 'cy'));
ALTER TABLE letters ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
  CHECK (language IN ('en', 'cy'));
ALTER TABLE signing_requests ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
  CHECK (language IN ('en', 'cy'));

-- A mailing's Welsh version, written by a campaigner. Without one, supporters who chose Welsh get
-- the English with a note in Welsh saying there is no Welsh version. Fixed when sending starts,
-- as the English is.
ALTER TABLE mailings ADD COLUMN welsh_subject TEXT
  CHECK (welsh_subject IS NULL OR length(welsh_subject) BETWEEN 1 AND 150);
ALTER TABLE mailings ADD COLUMN welsh_body TEXT
  CHECK (welsh_body IS NULL OR length(welsh_body) BETWEEN 1 AND 20000);
ALTER TABLE mailings ADD COLUMN welsh_html TEXT;
ALTER TABLE mailings ADD COLUMN welsh_text TEXT;
