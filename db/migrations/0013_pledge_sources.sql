-- Spotting and undoing floods of fake pledges. A pledge keeps the network it came from, coarsely
-- (an IPv4 /24 or IPv6 /48, never the address), for 30 days. A pledge found to be fake is
-- invalidated: its personal details go, as on erasure, and it no longer counts.
ALTER TABLE supporters ADD COLUMN source_network TEXT
  CHECK (source_network IS NULL OR length(source_network) BETWEEN 9 AND 50);
ALTER TABLE supporters ADD COLUMN invalidated_at TEXT;

CREATE INDEX supporters_by_network ON supporters (source_network)
WHERE source_network IS NOT NULL;
